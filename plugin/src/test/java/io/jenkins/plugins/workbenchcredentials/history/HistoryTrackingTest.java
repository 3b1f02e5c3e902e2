package io.jenkins.plugins.workbenchcredentials.history;

import static io.jenkins.plugins.workbenchcredentials.Fixtures.add;
import static io.jenkins.plugins.workbenchcredentials.Fixtures.adminAndReader;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cloudbees.hudson.plugins.folder.Folder;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.cli.CLICommandInvoker;
import hudson.model.ModelObject;
import hudson.util.Secret;
import io.jenkins.plugins.workbenchcredentials.WebApi;
import io.jenkins.plugins.workbenchcredentials.credentials.WorkbenchSecretTextCredentials;
import io.jenkins.plugins.workbenchcredentials.credentials.WorkbenchUsernamePasswordCredentials;
import io.jenkins.plugins.workbenchcredentials.ledger.WorkbenchLedger;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.service.CredentialHistoryView;
import io.jenkins.plugins.workbenchcredentials.store.Workbench;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import net.sf.json.JSONArray;
import net.sf.json.JSONObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The history records every change of a workbench credential, whichever way it is made, with the user
 * and what they used, the fields by name only; it is kept per store and stays readable after a delete.
 */
@WithJenkins
class HistoryTrackingTest {
    private static final String API = "manage/workbench-credentials/api/";
    private static final String SYSTEM_DOMAIN = "manage/credentials/store/system/domain/_/";

    private JenkinsRule r;

    @BeforeEach
    void security(JenkinsRule r) {
        this.r = r;
        adminAndReader(r, "admin", "alice");
    }

    @Test
    void theWorkbenchsChangesAreRecordedWithTheirUserAndFields() throws Exception {
        WebApi alice = new WebApi(r, "alice");
        alice.postJson(API + "credentials", secretText("gh-token", "ghp_first_value"));
        alice.postJson(
                API + "credentials/gh-token",
                new JSONObject().element("token", "ghp_second_value").toString());
        alice.postJson(API + "credentials/gh-token/delete?force=true", "");

        JSONObject history = new WebApi(r, "reader")
                .get(API + "credentials/gh-token/history")
                .json();

        assertEquals(false, history.getBoolean("exists"));
        JSONArray items = history.getJSONArray("items");
        assertEquals(3, items.size());
        assertEquals("deleted", items.getJSONObject(0).getString("action"));
        assertEquals("updated", items.getJSONObject(1).getString("action"));
        assertEquals(
                "[\"token\"]", items.getJSONObject(1).getJSONArray("fields").toString());
        assertEquals("created", items.getJSONObject(2).getString("action"));
        for (int i = 0; i < items.size(); i++) {
            assertEquals("alice", items.getJSONObject(i).getString("actor"));
            assertEquals("workbench", items.getJSONObject(i).getString("source"));
        }
        assertThat(history.toString(), not(containsString("ghp_")));
    }

    @Test
    void jenkinsOwnCredentialFormAndRestApiAreRecordedAsSuch() throws Exception {
        WebApi admin = new WebApi(r, "admin");
        JSONObject form = new JSONObject()
                .element(
                        "credentials",
                        new JSONObject()
                                .element("stapler-class", WorkbenchSecretTextCredentials.class.getName())
                                .element("$class", WorkbenchSecretTextCredentials.class.getName())
                                .element("scope", "GLOBAL")
                                .element("id", "from-form")
                                .element("secret", "ghp_form_value"));
        assertThat(admin.postForm(SYSTEM_DOMAIN + "createCredentials", form).status(), is(200));
        String xml = "<" + WorkbenchSecretTextCredentials.class.getName() + "><scope>GLOBAL</scope><id>from-rest</id>"
                + "<description>x</description><secret>ghp_rest_value</secret></"
                + WorkbenchSecretTextCredentials.class.getName() + ">";
        assertThat(admin.postXml(SYSTEM_DOMAIN + "createCredentials", xml).status(), is(200));

        HistoryEntry fromForm = history(r.jenkins, "from-form").items().get(0);
        HistoryEntry fromRest = history(r.jenkins, "from-rest").items().get(0);

        assertEquals(ChangeKind.CREATED, fromForm.action());
        assertEquals("admin", fromForm.actor());
        assertEquals(ChangeSource.JENKINS_PAGES, fromForm.source());
        assertEquals("admin", fromRest.actor());
        assertEquals(ChangeSource.REST_API, fromRest.source());
    }

    /** Code without a request or a CLI command, such as a script or another plugin, is SYSTEM. */
    @Test
    void aChangeByCodeIsRecordedAsSystem() throws Exception {
        SystemCredentialsProvider.getInstance()
                .getCredentials()
                .add(new WorkbenchUsernamePasswordCredentials(
                        CredentialsScope.GLOBAL, "registry", "", "ci-bot", Secret.fromString("pa55word")));
        SystemCredentialsProvider.getInstance().save();

        HistoryEntry created = history(r.jenkins, "registry").items().get(0);

        assertEquals(ChangeKind.CREATED, created.action());
        assertEquals(ChangeOrigin.SYSTEM_ACTOR, created.actor());
        assertEquals(ChangeSource.SYSTEM, created.source());
        assertThat(created.fields(), contains("scope", "username", "password"));
    }

    @Test
    void theCliCommandShowsTheHistoryAlsoOfADeletedCredential() throws Exception {
        new WebApi(r, "alice").postJson(API + "credentials", secretText("gh-token", "ghp_value"));
        new WebApi(r, "alice").postJson(API + "credentials/gh-token/delete?force=true", "");

        CLICommandInvoker.Result table = new CLICommandInvoker(r, "workbench-credentials-history")
                .asUser("reader")
                .invokeWithArgs("gh-token");
        CLICommandInvoker.Result json = new CLICommandInvoker(r, "workbench-credentials-history")
                .asUser("reader")
                .invokeWithArgs("--json", "gh-token");
        CLICommandInvoker.Result unknown = new CLICommandInvoker(r, "workbench-credentials-history")
                .asUser("reader")
                .invokeWithArgs("never-existed");

        assertEquals(0, table.returnCode(), table.stderr());
        List<String> lines = table.stdout().lines().toList();
        assertEquals(2, lines.size(), table.stdout());
        assertThat(lines.get(0), containsString("\tdeleted\talice\tworkbench\t-"));
        assertThat(lines.get(1), containsString("\tcreated\talice\tworkbench\tscope,token"));
        assertThat(table.stderr(), containsString("gh-token"));
        assertEquals(0, json.returnCode());
        assertEquals("gh-token", JSONObject.fromObject(json.stdout()).getString("id"));
        assertEquals(3, unknown.returnCode());
    }

    @Test
    void aFolderKeepsItsOwnHistoryWhichFollowsItAndRecordsItsDeletion() throws Exception {
        Folder team = r.jenkins.createProject(Folder.class, "team");
        add(
                team,
                new WorkbenchSecretTextCredentials(
                        CredentialsScope.GLOBAL, "token", "", Secret.fromString("t1-value")));
        add(
                r.jenkins,
                new WorkbenchSecretTextCredentials(
                        CredentialsScope.GLOBAL, "token", "", Secret.fromString("t2-value")));
        add(
                r.jenkins,
                new WorkbenchSecretTextCredentials(
                        CredentialsScope.GLOBAL, "other", "", Secret.fromString("t3-value")));

        assertEquals(1, history(team, "token").items().size());
        assertEquals(1, history(r.jenkins, "token").items().size());

        team.renameTo("platform");
        Folder platform = (Folder) r.jenkins.getItem("platform");
        assertEquals(1, history(platform, "token").items().size());

        WebApi admin = new WebApi(r, "admin");
        platform.delete();
        JSONObject kept = admin.get("manage/workbench-credentials/api/credentials/token/history")
                .json();
        assertEquals(1, kept.getJSONArray("items").size(), "Jenkins' own credential is not the folder's");
        assertThat(
                HistoryTracking.get().history(Workbench.ownStore(r.jenkins), CredentialId.of("token")), not(empty()));
        List<HistoryEntry> folderHistory =
                WorkbenchLedger.get().history().entries("platform", CredentialId.of("token"));
        assertEquals(ChangeKind.DELETED, folderHistory.get(0).action());
        assertEquals(ChangeKind.CREATED, folderHistory.get(1).action());
    }

    @Test
    void theWorkbenchCliIsRecordedAsSuchWithItsUser() throws Exception {
        CLICommandInvoker.Result created = new CLICommandInvoker(r, "workbench-credentials-create")
                .asUser("admin")
                .withStdin(new ByteArrayInputStream("ghp_cli_value\n".getBytes(StandardCharsets.UTF_8)))
                .invokeWithArgs("--type", "secret-text", "cli-token");

        assertEquals(0, created.returnCode(), created.stderr());
        HistoryEntry entry = history(r.jenkins, "cli-token").items().get(0);
        assertEquals(ChangeKind.CREATED, entry.action());
        assertEquals("admin", entry.actor());
        assertEquals(ChangeSource.WORKBENCH_CLI, entry.source());
    }

    @Test
    void theLedgerFileHoldsNoValue() throws Exception {
        WebApi alice = new WebApi(r, "alice");
        alice.postJson(
                API + "credentials",
                new JSONObject()
                        .element("id", "registry")
                        .element("type", "username-password")
                        .element("username", "ci-bot-name")
                        .element("password", "pa55word-value")
                        .element("description", "The registry of the release job")
                        .toString());

        String xml = Files.readString(
                new File(r.jenkins.getRootDir(), "io.jenkins.plugins.workbenchcredentials.usage.xml").toPath());

        assertThat(xml, containsString("<change>"));
        assertThat(xml, containsString("<actor>alice</actor>"));
        assertThat(xml, not(containsString("pa55word-value")));
        assertThat(xml, not(containsString("ci-bot-name")));
        assertThat(xml, not(containsString("release job")));
        assertThat(xml, not(containsString("io.jenkins.plugins")));
    }

    private static CredentialHistoryView history(ModelObject context, String id) {
        return Workbench.of(context).service().history(id);
    }

    private static String secretText(String id, String token) {
        return new JSONObject()
                .element("id", id)
                .element("type", "secret-text")
                .element("token", token)
                .toString();
    }
}
