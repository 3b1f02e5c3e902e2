package io.jenkins.plugins.workbenchcredentials.store;

import static io.jenkins.plugins.workbenchcredentials.Fixtures.KUBECONFIG;
import static io.jenkins.plugins.workbenchcredentials.Fixtures.stored;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cloudbees.plugins.credentials.CredentialsScope;
import io.jenkins.plugins.workbenchcredentials.credentials.WorkbenchKubeconfigCredentials;
import io.jenkins.plugins.workbenchcredentials.model.SecretValue;
import io.jenkins.plugins.workbenchcredentials.service.CredentialRequest;
import io.jenkins.plugins.workbenchcredentials.service.CredentialView;
import io.jenkins.plugins.workbenchcredentials.service.WorkbenchService;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/** What the workbench stores survives a restart of Jenkins: fields, secret, times and revision. */
class PersistenceTest {
    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    @Test
    void aCredentialIsKeptAcrossARestart() throws Throwable {
        AtomicReference<Instant> created = new AtomicReference<>();
        sessions.then(r -> {
            WorkbenchService service = Workbench.of(r.jenkins).service();
            service.create(new CredentialRequest(
                    "dev-kube",
                    "kubeconfig",
                    "Dev cluster",
                    "GLOBAL",
                    null,
                    null,
                    null,
                    SecretValue.of(KUBECONFIG),
                    "prod",
                    "api",
                    null));
            CredentialView updated = service.update(
                    "dev-kube",
                    new CredentialRequest(null, null, "Dev and prod", null, null, null, null, null, null, null, null));
            created.set(updated.createdAt());
            assertEquals(2, updated.revision());
        });
        sessions.then(r -> {
            WorkbenchKubeconfigCredentials kube = (WorkbenchKubeconfigCredentials) stored("dev-kube");
            assertEquals("Dev and prod", kube.getDescription());
            assertEquals(CredentialsScope.GLOBAL, kube.getScope());
            assertEquals(KUBECONFIG, kube.getKubeconfig().getPlainText());
            assertEquals("prod", kube.getDefaultContext());
            assertEquals("api", kube.getDefaultNamespace());
            assertEquals(created.get(), kube.getCreatedAt());
            assertEquals(2, kube.getRevision());
            assertEquals(
                    "Dev and prod",
                    Workbench.of(r.jenkins).service().get("dev-kube").description());
        });
    }
}
