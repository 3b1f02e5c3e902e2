package io.jenkins.plugins.workbenchcredentials.usage;

import static hudson.cli.CLICommandInvoker.Matcher.failedWith;
import static hudson.cli.CLICommandInvoker.Matcher.succeeded;
import static io.jenkins.plugins.workbenchcredentials.Fixtures.add;
import static io.jenkins.plugins.workbenchcredentials.Fixtures.stored;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cloudbees.hudson.plugins.folder.Folder;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import hudson.cli.CLICommandInvoker;
import hudson.model.Fingerprint;
import hudson.model.Items;
import hudson.scm.NullSCM;
import hudson.util.Secret;
import io.jenkins.plugins.workbenchcredentials.WebApi;
import io.jenkins.plugins.workbenchcredentials.credentials.WorkbenchSecretTextCredentials;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.Jenkins;
import net.sf.json.JSONArray;
import net.sf.json.JSONObject;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.cps.CpsScmFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * What the workbench knows of a credential's users: builds that bound it (recorded as they run) and jobs
 * whose definition names it (indexed as they change), on the page's API, in the list, and in the delete
 * guard of the API and the CLI.
 */
@WithJenkins
class WhereUsedTest {
    private static final String API = "workbench-credentials/api/";

    private JenkinsRule r;
    private WebApi admin;

    @BeforeEach
    void securityAndACredential(JenkinsRule r) throws Exception {
        this.r = r;
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER)
                .everywhere()
                .to("admin"));
        add(
                r.jenkins,
                new WorkbenchSecretTextCredentials(
                        CredentialsScope.GLOBAL, "gh-token", "", Secret.fromString("ghp_t0ken-value-42")));
        admin = new WebApi(r, "admin");
    }

    @Test
    void aBindingIsRecordedAsTheLastUseWithLinksToTheJobAndBuild() throws Exception {
        WorkflowJob p = pipeline(r.jenkins.createProject(WorkflowJob.class, "p"), "echo 'no credential yet'");
        r.buildAndAssertSuccess(p);
        assertThat(admin.get(API + "credentials/gh-token").json().opt("lastUsed"), nullValue());

        pipeline(p, "withWorkbenchCredential('gh-token') { echo 'bound' }");
        WorkflowRun b = r.buildAndAssertSuccess(p);

        JSONObject credential = admin.get(API + "credentials/gh-token").json();
        JSONObject lastUsed = credential.getJSONObject("lastUsed");
        assertEquals("p", lastUsed.getString("consumer"));
        assertEquals(p.getUrl(), lastUsed.getString("consumerUrl"));
        assertEquals("#2", lastUsed.getString("build"));
        assertEquals(b.getUrl(), lastUsed.getString("buildUrl"));
        assertEquals(1, credential.getInt("usedBy"));
        JSONObject listed =
                admin.get(API + "credentials").json().getJSONArray("items").getJSONObject(0);
        assertEquals("p", listed.getJSONObject("lastUsed").getString("consumer"));
        // Jenkins' own record of the use, as every binding plugin keeps it.
        Fingerprint fingerprint = CredentialsProvider.getFingerprintOf(stored("gh-token"));
        assertThat(fingerprint, notNullValue());
        assertThat(fingerprint.getJobs(), hasItem("p"));
    }

    @Test
    void whereUsedListsTheJobsThatNameTheIdAndThoseThatBoundIt() throws Exception {
        pipeline(
                r.jenkins.createProject(WorkflowJob.class, "nightly"),
                "node { withWorkbenchCredential(id: 'gh-token', variable: 'GH') { echo 'not run' } }");
        pipeline(r.jenkins.createProject(WorkflowJob.class, "unrelated"), "echo 'gh-token-like text'");
        r.buildAndAssertSuccess(pipeline(
                r.jenkins.createProject(WorkflowJob.class, "release"),
                "withWorkbenchCredential('gh-token') { echo 'bound' }"));

        JSONObject whereUsed =
                admin.get(API + "credentials/gh-token/where-used").json();

        assertEquals(List.of("nightly", "release"), consumers(whereUsed.getJSONArray("references")));
        assertEquals(
                "job/nightly/",
                whereUsed.getJSONArray("references").getJSONObject(0).getString("consumerUrl"));
        assertEquals(
                "Pipeline script",
                whereUsed.getJSONArray("references").getJSONObject(0).getString("source"));
        assertEquals(List.of("release"), consumers(whereUsed.getJSONArray("uses")));
        assertEquals(2, admin.get(API + "credentials/gh-token").json().getInt("usedBy"));
    }

    @Test
    void aCredentialThatJobsDependOnIsDeletedOnlyWhenForced() throws Exception {
        pipeline(
                r.jenkins.createProject(WorkflowJob.class, "nightly"),
                "withWorkbenchCredential('gh-token') { echo 'not run' }");
        r.buildAndAssertSuccess(pipeline(
                r.jenkins.createProject(WorkflowJob.class, "release"),
                "withWorkbenchCredential('gh-token') { echo 'bound' }"));

        WebApi.Response refused = admin.postJson(API + "credentials/gh-token/delete", "{}");

        assertThat(refused.body(), refused.status(), is(409));
        JSONObject error = refused.json().getJSONObject("error");
        assertEquals("IN_USE", error.getString("code"));
        assertEquals(
                List.of("nightly", "release"),
                consumers(error.getJSONObject("whereUsed").getJSONArray("references")));
        assertThat(stored("gh-token"), notNullValue());

        CLICommandInvoker.Result cli = new CLICommandInvoker(r, "workbench-credentials-delete")
                .asUser("admin")
                .invokeWithArgs("gh-token");
        assertThat(cli, failedWith(4));
        assertThat(cli.stderr(), containsString("nightly"));
        assertThat(cli.stderr(), containsString("release"));
        assertThat(stored("gh-token"), notNullValue());

        WebApi.Response forced = admin.postJson(API + "credentials/gh-token/delete?force=true", "{}");
        assertThat(forced.body(), forced.status(), is(200));
        assertThat(stored("gh-token"), nullValue());
    }

    @Test
    void theCliDeletesAnUnusedCredentialWithoutForce() {
        assertThat(
                new CLICommandInvoker(r, "workbench-credentials-delete")
                        .asUser("admin")
                        .invokeWithArgs("gh-token"),
                succeeded());
        assertThat(stored("gh-token"), nullValue());
    }

    @Test
    void referencesAndUsesFollowAJobThatMovesAndGoAwayWhenItIsDeleted() throws Exception {
        WorkflowJob p = pipeline(
                r.jenkins.createProject(WorkflowJob.class, "p"),
                "withWorkbenchCredential('gh-token') { echo 'bound' }");
        r.buildAndAssertSuccess(p);
        Folder team = r.jenkins.createProject(Folder.class, "team");

        WorkflowJob moved = Items.move(p, team);

        assertEquals("team/p", moved.getFullName());
        JSONObject whereUsed =
                admin.get(API + "credentials/gh-token/where-used").json();
        assertEquals(List.of("team/p"), consumers(whereUsed.getJSONArray("references")));
        assertEquals(List.of("team/p"), consumers(whereUsed.getJSONArray("uses")));
        JSONObject use = whereUsed.getJSONArray("uses").getJSONObject(0);
        assertEquals("job/team/job/p/", use.getString("consumerUrl"));
        assertEquals("job/team/job/p/1/", use.getString("buildUrl"));

        team.delete();

        JSONObject afterDelete =
                admin.get(API + "credentials/gh-token/where-used").json();
        assertEquals(0, afterDelete.getJSONArray("references").size());
        assertEquals(0, afterDelete.getJSONArray("uses").size());
        WebApi.Response deleted = admin.postJson(API + "credentials/gh-token/delete", "{}");
        assertThat(deleted.body(), deleted.status(), is(200));
    }

    @Test
    void jobsWhoseJenkinsfileIsInScmAreNamedInTheNotes() throws Exception {
        WorkflowJob fromScm = r.jenkins.createProject(WorkflowJob.class, "from-scm");
        fromScm.setDefinition(new CpsScmFlowDefinition(new NullSCM(), "Jenkinsfile"));

        String notes = admin.get(API + "credentials/gh-token/where-used")
                .json()
                .getJSONArray("notes")
                .toString();

        assertThat(notes, containsString("Pipeline script from SCM"));
        assertThat(notes, containsString("from-scm"));

        fromScm.setDefinition(new CpsFlowDefinition("echo 'inline now'", true));

        assertThat(
                admin.get(API + "credentials/gh-token/where-used")
                        .json()
                        .getJSONArray("notes")
                        .toString(),
                not(containsString("from-scm")));
    }

    private static WorkflowJob pipeline(WorkflowJob job, String script) throws Exception {
        job.setDefinition(new CpsFlowDefinition(script, true));
        return job;
    }

    private static List<String> consumers(JSONArray entries) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            names.add(entries.getJSONObject(i).getString("consumer"));
        }
        return names;
    }
}
