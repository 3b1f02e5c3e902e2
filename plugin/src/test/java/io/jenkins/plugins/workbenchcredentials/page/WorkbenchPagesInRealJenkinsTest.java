package io.jenkins.plugins.workbenchcredentials.page;

import static io.jenkins.plugins.workbenchcredentials.Fixtures.add;
import static io.jenkins.plugins.workbenchcredentials.Fixtures.stored;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.cloudbees.hudson.plugins.folder.Folder;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl;
import hudson.util.Secret;
import io.jenkins.plugins.workbenchcredentials.credentials.WorkbenchKubeconfigCredentials;
import io.jenkins.plugins.workbenchcredentials.credentials.WorkbenchSecretTextCredentials;
import io.jenkins.plugins.workbenchcredentials.credentials.WorkbenchUsernamePasswordCredentials;
import io.jenkins.plugins.workbenchcredentials.history.ChangeKind;
import io.jenkins.plugins.workbenchcredentials.history.HistoryEntry;
import io.jenkins.plugins.workbenchcredentials.store.Workbench;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.RealJenkinsExtension;

/**
 * The plugin's views in a Jenkins that runs as users run it: its own JVM, the plugin in its own class
 * loader. JenkinsRule puts everything on one class path, which hides views that name a plugin class
 * (Jenkins resolves such a name with a loader that cannot see the plugin). Requests are made from this
 * JVM over HTTP, as a browser makes them.
 */
class WorkbenchPagesInRealJenkinsTest {
    private static final Pattern ASSET =
            Pattern.compile("(?:src|href)=\"([^\"]*/workbench-credentials/assets/[^\"]+)\"");
    private static final Pattern I18N_BASE = Pattern.compile("data-i18n-base=\"([^\"]+)\"");
    private static final Pattern JENKINS_STYLESHEET = Pattern.compile("href=\"([^\"]*/jsbundles/styles\\.css)\"");

    @RegisterExtension
    private final RealJenkinsExtension jenkins = new RealJenkinsExtension();

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void bothWorkbenchPagesRenderWithTheirAssetsAndApi() throws Throwable {
        jenkins.startJenkins();
        jenkins.runRemotely(WorkbenchPagesInRealJenkinsTest::aJenkinsAndAFolderCredential);
        String root = jenkins.getUrl().getPath(); // the context path, ending in "/"

        for (String page : List.of("manage/workbench-credentials/", "job/team/workbench-credentials/")) {
            HttpResponse<String> response = get(page, "en");

            assertThat(page + ": " + response.body(), response.statusCode(), is(200));
            assertThat(page, response.body(), containsString("id=\"workbench-credentials\""));
            assertThat(page, response.body(), containsString("data-api-base=\"" + root + page + "api/\""));
            assertThat(page, response.body(), not(containsString("Oops!")));
            Set<String> assets = matches(ASSET, response.body());
            assertThat(page + " loads its script and styles", assets.size() >= 2, is(true));
            for (String asset : assets) {
                assertThat(asset, startsWith(root + page + "assets/"));
                assertThat(asset, get(asset.substring(root.length()), "en").statusCode(), is(200));
            }
            String i18n = matches(I18N_BASE, response.body()).iterator().next();
            assertThat(get(i18n.substring(root.length()) + "zh-CN.json", "en").statusCode(), is(200));
            // Inside Jenkins the row menu's ellipsis is Jenkins' own markup, which this Jenkins' stylesheet draws.
            Set<String> stylesheets = matches(JENKINS_STYLESHEET, response.body());
            assertThat(page + " is in Jenkins' layout", stylesheets.size(), is(1));
            String stylesheet = stylesheets.iterator().next();
            assertThat(
                    get(stylesheet.substring(root.length()), "en").body(),
                    containsString(".jenkins-overflow-button__ellipsis"));
        }

        String system =
                get("manage/workbench-credentials/api/credentials", "en").body();
        String folder =
                get("job/team/workbench-credentials/api/credentials", "en").body();
        assertThat(system, containsString("\"gh-token\""));
        assertThat(system, not(containsString("team-token")));
        assertThat(folder, containsString("\"team-token\""));
        assertThat(folder, not(containsString("\"gh-token\"")));
        assertThat(system + folder, not(containsString("ghp_")));
    }

    /** The forms of the three types, as the credentials plugin's add dialog loads them. */
    @Test
    void theFormsOfTheThreeTypesRender() throws Throwable {
        jenkins.startJenkins();

        for (Class<?> type : List.of(
                WorkbenchUsernamePasswordCredentials.class,
                WorkbenchSecretTextCredentials.class,
                WorkbenchKubeconfigCredentials.class)) {
            HttpResponse<String> form =
                    get("manage/credentials/store/system/domain/_/dialog2?kind=" + type.getName(), "en");

            assertThat(type.getName() + ": " + form.body(), form.statusCode(), is(200));
            assertThat(type.getName(), form.body(), containsString("checkCredentialId"));
            assertThat(type.getName(), form.body(), containsString("name=\"_.description\""));
        }
    }

    /** The description the plugin manager shows, from index.jelly, in English and Simplified Chinese. */
    @Test
    void thePluginManagerDescribesThePluginInBothLanguages() throws Throwable {
        jenkins.startJenkins();

        HttpResponse<String> english = get("manage/pluginManager/installed", "en");
        HttpResponse<String> chinese = get("manage/pluginManager/installed", "zh-CN");

        assertThat(english.statusCode(), is(200));
        assertThat(english.body(), containsString("A workbench page for the credentials pipelines use"));
        assertThat(chinese.statusCode(), is(200));
        assertThat(chinese.body(), containsString("流水线所用凭证"));
    }

    /**
     * Jenkins' credentials are read early at start, before Configuration as Code applies, to compare them
     * with their history: Jenkins starts again with workbench and standard credentials, all of them read.
     */
    @Test
    void jenkinsStartsAgainWithItsCredentialsAndTheirHistory() throws Throwable {
        jenkins.then(WorkbenchPagesInRealJenkinsTest::workbenchAndStandardCredentials);
        jenkins.then(WorkbenchPagesInRealJenkinsTest::theyAreReadWithTheirHistory);
    }

    private static void workbenchAndStandardCredentials(JenkinsRule r) throws Exception {
        add(
                r.jenkins,
                new WorkbenchSecretTextCredentials(
                        CredentialsScope.GLOBAL, "gh-token", "", Secret.fromString("ghp_system")));
        add(
                r.jenkins,
                new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL, "std-up", "", "bob", "st4nd4rd-pa55"));
    }

    private static void theyAreReadWithTheirHistory(JenkinsRule r) throws Exception {
        assertThat(stored("std-up"), notNullValue());
        assertThat(stored("gh-token"), notNullValue());
        List<HistoryEntry> history =
                Workbench.of(r.jenkins).service().history("gh-token").items();
        assertThat(history.size(), is(1));
        assertThat(history.get(0).action(), is(ChangeKind.CREATED));
    }

    private static void aJenkinsAndAFolderCredential(JenkinsRule r) throws Exception {
        Folder team = r.jenkins.createProject(Folder.class, "team");
        add(
                r.jenkins,
                new WorkbenchSecretTextCredentials(
                        CredentialsScope.GLOBAL, "gh-token", "Jenkins-wide token", Secret.fromString("ghp_system")));
        add(
                team,
                new WorkbenchSecretTextCredentials(
                        CredentialsScope.GLOBAL, "team-token", "Team token", Secret.fromString("ghp_team")));
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        URI uri = jenkins.getUrl().toURI().resolve(path);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Accept-Language", language)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
