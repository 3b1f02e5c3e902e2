package io.jenkins.plugins.workbenchcredentials.page;

import static io.jenkins.plugins.workbenchcredentials.Fixtures.KUBECONFIG;
import static io.jenkins.plugins.workbenchcredentials.Fixtures.add;
import static io.jenkins.plugins.workbenchcredentials.Fixtures.adminAndReader;
import static io.jenkins.plugins.workbenchcredentials.Fixtures.stored;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cloudbees.hudson.plugins.folder.Folder;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.model.ManagementLink;
import hudson.util.Secret;
import io.jenkins.plugins.workbenchcredentials.WebApi;
import io.jenkins.plugins.workbenchcredentials.credentials.WorkbenchKubeconfigCredentials;
import io.jenkins.plugins.workbenchcredentials.credentials.WorkbenchSecretTextCredentials;
import io.jenkins.plugins.workbenchcredentials.credentials.WorkbenchUsernamePasswordCredentials;
import io.jenkins.plugins.workbenchcredentials.store.Workbench;
import java.util.List;
import jenkins.model.Jenkins;
import net.sf.json.JSONArray;
import net.sf.json.JSONObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The workbench page's JSON API under Jenkins: create, list, search, pages, rules and permissions. */
@WithJenkins
class WorkbenchApiTest {
    private static final String API = "workbench-credentials/api/";

    private JenkinsRule r;

    @BeforeEach
    void security(JenkinsRule r) {
        this.r = r;
        adminAndReader(r, "admin");
    }

    @Test
    void theLinkIsUnderSecurity() {
        ManagementLink link = ManagementLink.all().get(WorkbenchCredentialsLink.class);
        assertEquals(ManagementLink.Category.SECURITY, link.getCategory());
        assertEquals(CredentialsProvider.VIEW, link.getRequiredPermission());
    }

    @Test
    void eachTypeIsCreatedThroughTheApi() throws Exception {
        WebApi admin = new WebApi(r, "admin");

        WebApi.Response up = admin.postJson(
                API + "credentials",
                new JSONObject()
                        .element("id", "registry")
                        .element("type", "username-password")
                        .element("username", "ci-bot")
                        .element("password", "pa55word")
                        .toString());
        WebApi.Response text = admin.postJson(
                API + "credentials",
                new JSONObject()
                        .element("id", "gh-token")
                        .element("type", "secret-text")
                        .element("token", "ghp_token")
                        .toString());
        WebApi.Response kube = admin.postJson(
                API + "credentials",
                new JSONObject()
                        .element("id", "dev-kube")
                        .element("type", "kubeconfig")
                        .element("kubeconfig", KUBECONFIG)
                        .element("defaultContext", "prod")
                        .toString());

        assertThat(up.body(), up.status(), is(201));
        assertThat(text.body(), text.status(), is(201));
        assertThat(kube.body(), kube.status(), is(201));
        assertThat(up.body() + text.body() + kube.body(), not(containsString("pa55word")));
        assertThat(kube.body(), not(containsString("s3cr3t-kube-token")));
        assertThat(stored("registry"), instanceOf(WorkbenchUsernamePasswordCredentials.class));
        assertEquals(
                "ghp_token",
                ((WorkbenchSecretTextCredentials) stored("gh-token"))
                        .getSecret()
                        .getPlainText());
        assertEquals("prod", ((WorkbenchKubeconfigCredentials) stored("dev-kube")).getDefaultContext());
        assertEquals("ci-bot", admin.get(API + "credentials/registry").json().getString("username"));
    }

    @Test
    void theListSearchesAndPages() throws Exception {
        WebApi admin = new WebApi(r, "admin");
        for (int i = 0; i < 25; i++) {
            String id = (i % 2 == 0 ? "alpha-" : "beta-") + i;
            assertThat(admin.postJson(API + "credentials", secretText(id)).status(), is(201));
        }

        JSONObject all =
                new WebApi(r, "reader").get(API + "credentials?pageSize=10").json();
        JSONObject alphaPage2 =
                admin.get(API + "credentials?query=alpha&pageSize=5&page=2").json();

        assertEquals(25, all.getJSONObject("pagination").getInt("total"));
        assertEquals(3, all.getJSONObject("pagination").getInt("pages"));
        assertEquals(10, all.getJSONArray("items").size());
        assertEquals(13, alphaPage2.getJSONObject("pagination").getInt("total"));
        JSONArray items = alphaPage2.getJSONArray("items");
        assertEquals(5, items.size());
        for (int i = 0; i < items.size(); i++) {
            assertThat(items.getJSONObject(i).getString("id"), containsString("alpha-"));
        }
    }

    @Test
    void theIdAndTypeCannotChange() throws Exception {
        WebApi admin = new WebApi(r, "admin");
        admin.postJson(API + "credentials", secretText("gh-token"));

        WebApi.Response otherType = admin.postJson(
                API + "credentials/gh-token",
                new JSONObject().element("type", "username-password").toString());
        WebApi.Response otherId = admin.postJson(
                API + "credentials/gh-token",
                new JSONObject().element("id", "renamed").toString());

        assertThat(otherType.status(), is(400));
        assertEquals("type", otherType.json().getJSONObject("error").getString("field"));
        assertThat(otherId.status(), is(400));
        assertEquals("id", otherId.json().getJSONObject("error").getString("field"));
        assertThat(stored("gh-token"), instanceOf(WorkbenchSecretTextCredentials.class));
        assertThat(stored("renamed"), nullValue());
    }

    @Test
    void anInvalidIdIsRefused() throws Exception {
        WebApi.Response response = new WebApi(r, "admin").postJson(API + "credentials", secretText("gh token"));

        assertThat(response.status(), is(400));
        assertEquals("id", response.json().getJSONObject("error").getString("field"));
        assertThat(stored("gh token"), nullValue());
    }

    @Test
    void aUserWithoutCreateGets403() throws Exception {
        WebApi reader = new WebApi(r, "reader");

        WebApi.Response response = reader.postJson(API + "credentials", secretText("gh-token"));

        assertThat(response.status(), is(403));
        assertEquals("FORBIDDEN", response.json().getJSONObject("error").getString("code"));
        assertThat(stored("gh-token"), nullValue());
        assertThat(reader.get(API + "credentials").status(), is(200));
    }

    /**
     * Without Overall/Read, Jenkins itself turns the request away before the plugin runs: a 403 whose
     * page asks to sign in (and refreshes to the login page), with nothing of the store in it.
     */
    @Test
    void anonymousIsTurnedAwayByJenkinsAndSeesNoCredential() throws Exception {
        add(r.jenkins, secretTextCredential("gh-token", "The GitHub token of the release job"));
        WebApi anonymous = new WebApi(r, null).withoutRedirects();

        for (String path : List.of(API + "credentials", "manage/" + API + "credentials")) {
            WebApi.Response response = anonymous.get(path);

            assertThat(path, response.status(), is(403));
            assertThat(path, response.body(), not(containsString("gh-token")));
            assertThat(path, response.body(), not(containsString("release job")));
            assertThat(path, response.body(), not(containsString("\"items\"")));
        }
    }

    /**
     * A signed-in user who may read Jenkins and the folder, but not view credentials, reaches the plugin:
     * every path the API is served at answers with the API's own 403 and nothing of the store.
     */
    @Test
    void aUserWithoutViewGetsTheApisForbiddenAtEveryPath() throws Exception {
        Folder team = r.jenkins.createProject(Folder.class, "team");
        add(r.jenkins, secretTextCredential("gh-token", "The GitHub token of the release job"));
        add(team, secretTextCredential("team-token", "The team's deploy token"));
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ)
                .everywhere()
                .to("outsider"));
        WebApi outsider = new WebApi(r, "outsider").withoutRedirects();

        for (String path : List.of(
                API + "credentials",
                "manage/" + API + "credentials",
                "job/team/" + API + "credentials",
                API + "credentials/gh-token",
                "job/team/" + API + "credentials/team-token/where-used")) {
            WebApi.Response response = outsider.get(path);

            assertThat(path, response.status(), is(403));
            assertThat(
                    path + ": " + response.body(),
                    response.json().getJSONObject("error").getString("code"),
                    is("FORBIDDEN"));
            assertThat(path, response.body(), not(containsString("release job")));
            assertThat(path, response.body(), not(containsString("deploy token")));
            assertThat(path, response.body(), not(containsString("ghp_")));
            assertThat(path, response.json().has("items"), is(false));
        }
        assertThat(outsider.get("manage/workbench-credentials/").status(), is(403));
        assertThat(outsider.get("job/team/workbench-credentials/").status(), is(403));
    }

    @Test
    void aChangeWithoutTheCrumbIsRefused() throws Exception {
        WebApi.Response response = new WebApi(r, "admin").postJsonWithoutCrumb(API + "credentials", secretText("x"));

        assertThat(response.status(), is(403));
        assertThat(stored("x"), nullValue());
    }

    @Test
    void aGetChangesNothing() throws Exception {
        WebApi.Response response = new WebApi(r, "admin").get(API + "credentials/x/delete");

        assertThat(response.status(), is(405));
    }

    @Test
    void aFolderHasAWorkbenchOverItsOwnStore() throws Exception {
        Folder folder = r.jenkins.createProject(Folder.class, "team");

        WebApi.Response created =
                new WebApi(r, "admin").postJson("job/team/" + API + "credentials", secretText("team-token"));

        assertThat(created.body(), created.status(), is(201));
        assertThat(stored("team-token"), nullValue());
        assertEquals(
                1,
                Workbench.of(folder)
                        .service()
                        .list(io.jenkins.plugins.workbenchcredentials.service.ListQuery.defaults())
                        .pagination()
                        .total());
    }

    private static WorkbenchSecretTextCredentials secretTextCredential(String id, String description)
            throws Descriptor.FormException {
        return new WorkbenchSecretTextCredentials(
                CredentialsScope.GLOBAL, id, description, Secret.fromString("ghp_" + id));
    }

    private static String secretText(String id) {
        return new JSONObject()
                .element("id", id)
                .element("type", "secret-text")
                .element("token", "ghp_" + id)
                .toString();
    }
}
