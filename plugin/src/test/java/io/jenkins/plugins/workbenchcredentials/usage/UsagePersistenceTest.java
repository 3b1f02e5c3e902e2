package io.jenkins.plugins.workbenchcredentials.usage;

import static io.jenkins.plugins.workbenchcredentials.Fixtures.add;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsScope;
import hudson.util.Secret;
import io.jenkins.plugins.workbenchcredentials.credentials.WorkbenchSecretTextCredentials;
import io.jenkins.plugins.workbenchcredentials.service.WorkbenchService;
import io.jenkins.plugins.workbenchcredentials.store.Workbench;
import java.io.File;
import java.nio.file.Files;
import java.util.List;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/** The recorded uses survive a restart, in a small file without secrets; the index of jobs is rebuilt. */
class UsagePersistenceTest {
    private static final String TOKEN = "ghp_t0ken-value-42";

    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    @Test
    void theLastUseIsKeptAcrossARestart() throws Throwable {
        sessions.then(r -> {
            add(
                    r.jenkins,
                    new WorkbenchSecretTextCredentials(
                            CredentialsScope.GLOBAL, "gh-token", "", Secret.fromString(TOKEN)));
            WorkflowJob p = r.jenkins.createProject(WorkflowJob.class, "p");
            p.setDefinition(new CpsFlowDefinition("withWorkbenchCredential('gh-token') { echo 'bound' }", true));
            r.buildAndAssertSuccess(p);
        });
        sessions.then(r -> {
            File file = new File(r.jenkins.getRootDir(), "io.jenkins.plugins.workbenchcredentials.usage.xml");
            assertTrue(file.isFile(), "the recorded uses were written when Jenkins stopped");
            String xml = Files.readString(file.toPath());
            assertThat(xml, containsString("<consumer>p</consumer>"));
            assertThat(xml, not(containsString(TOKEN)));
            assertThat(xml, not(containsString("io.jenkins.plugins")));

            WorkbenchService service = Workbench.of(r.jenkins).service();
            RecordedUse last = service.get("gh-token").lastUsed();
            assertNotNull(last);
            assertEquals("p", last.consumer());
            assertEquals("#1", last.build());
            assertEquals("job/p/1/", last.buildUrl());

            // The index of job definitions is rebuilt in the background after the start.
            long deadline = System.currentTimeMillis() + 60_000;
            List<StaticReference> references = service.whereUsed("gh-token").references();
            while (references.isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
                references = service.whereUsed("gh-token").references();
            }
            assertEquals(List.of(new StaticReference("p", "job/p/", JobDefinition.PIPELINE_SCRIPT)), references);
        });
    }
}
