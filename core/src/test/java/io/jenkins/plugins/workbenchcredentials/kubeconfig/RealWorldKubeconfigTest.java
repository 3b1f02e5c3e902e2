package io.jenkins.plugins.workbenchcredentials.kubeconfig;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.workbenchcredentials.kubeconfig.Fixtures.Certs;
import io.jenkins.plugins.workbenchcredentials.testing.TestJwts;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RealWorldKubeconfigTest {
    private final KubeconfigAnalyzer analyzer = Fixtures.analyzer();

    @Test
    void kindWithEmbeddedCertificatesIsValidAndReportsTheCertificateExpiry() {
        KubeconfigAnalysis analysis = analyzer.analyse(Fixtures.kind());

        assertThat(analysis.valid()).isTrue();
        assertThat(analysis.errors()).isEmpty();
        assertThat(analysis.warnings()).isEmpty();
        assertThat(analysis.summary().currentContext()).isEqualTo("kind-kind");
        assertThat(analysis.summary().contexts())
                .containsExactly(
                        new ContextSummary("kind-kind", "kind-kind", "https://127.0.0.1:45123", "kind-kind", null));
        assertThat(analysis.summary().earliestExpiry())
                .isEqualTo(new Expiry(Certs.ADMIN.notAfter(), Expiry.CLIENT_CERTIFICATE, "kind-kind"));
    }

    @Test
    void minikubeFilePathsAreWarnedAboutWithTheEmbeddedFieldToUseInstead() {
        KubeconfigAnalysis analysis = analyzer.analyse(Fixtures.minikube());

        assertThat(analysis.valid()).isTrue();
        assertThat(analysis.warnings()).extracting(KubeconfigProblem::code).containsOnly("kubeconfig.filePath");
        assertThat(analysis.warnings())
                .extracting(KubeconfigProblem::path)
                .containsExactlyInAnyOrder(
                        "clusters[minikube].cluster.certificate-authority",
                        "users[minikube].user.client-certificate",
                        "users[minikube].user.client-key");
        KubeconfigProblem key = warningAt(analysis, "users[minikube].user.client-key");
        assertThat(key.args())
                .containsExactly(
                        "users[minikube].user.client-key",
                        "/home/dev/.minikube/profiles/minikube/client.key",
                        "client-key-data");
        assertThat(key.message())
                .contains("/home/dev/.minikube/profiles/minikube/client.key", "client-key-data", "build agent");
        assertThat(analysis.summary().contexts())
                .containsExactly(
                        new ContextSummary("minikube", "minikube", "https://192.168.49.2:8443", "minikube", "default"));
        assertThat(analysis.summary().earliestExpiry()).isNull();
    }

    @Test
    void eksExecUserNamesTheCommandTheAgentNeeds() {
        KubeconfigAnalysis analysis = analyzer.analyse(Fixtures.eks());

        assertThat(analysis.valid()).isTrue();
        assertThat(analysis.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo("kubeconfig.execCommand");
            assertThat(warning.path()).isEqualTo("users[" + Fixtures.EKS_NAME + "].user.exec.command");
            assertThat(warning.args()).containsExactly(Fixtures.EKS_NAME, "aws");
            assertThat(warning.message()).contains("\"aws\"", "installed");
        });
        assertThat(analysis.summary().contexts())
                .singleElement()
                .extracting(ContextSummary::server)
                .isEqualTo("https://0A1B2C3D4E5F60718293A4B5C6D7E8F9.gr7.eu-west-1.eks.amazonaws.com");
    }

    @Test
    void gkeAuthProviderUserNamesTheProvider() {
        KubeconfigAnalysis analysis = analyzer.analyse(Fixtures.gke());

        assertThat(analysis.valid()).isTrue();
        assertThat(analysis.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo("kubeconfig.authProvider");
            assertThat(warning.args()).containsExactly(Fixtures.GKE_NAME, "gcp");
            assertThat(warning.message()).contains("\"gcp\"");
        });
        // an opaque access token carries no date of its own
        assertThat(analysis.summary().earliestExpiry()).isNull();
    }

    @Test
    void tokenUsersAreValidAndTheJwtExpiryIsFound() {
        Instant exp = Instant.parse("2026-02-01T08:30:00Z");

        KubeconfigAnalysis analysis = analyzer.analyse(Fixtures.tokens(TestJwts.withExpiry(exp)));

        assertThat(analysis.valid()).isTrue();
        assertThat(analysis.warnings()).isEmpty();
        assertThat(analysis.summary().contexts())
                .extracting(ContextSummary::name, ContextSummary::user, ContextSummary::namespace)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ci", "ci-deployer", "ci"),
                        org.assertj.core.groups.Tuple.tuple("bootstrap", "bootstrap", "kube-system"),
                        org.assertj.core.groups.Tuple.tuple("legacy", "legacy", null));
        assertThat(analysis.summary().earliestExpiry()).isEqualTo(new Expiry(exp, Expiry.TOKEN, "ci-deployer"));
    }

    @Test
    void multiContextFileIsSummarisedInFileOrderWithTheEarliestExpiryAcrossUsers() {
        Instant tokenExp = Certs.DEVELOPER.notAfter().minusSeconds(86_400);

        KubeconfigAnalysis analysis = analyzer.analyse(Fixtures.multiContext(TestJwts.withExpiry(tokenExp)));

        assertThat(analysis.valid()).isTrue();
        assertThat(analysis.summary().currentContext()).isEqualTo("staging");
        assertThat(analysis.summary().contexts())
                .containsExactly(
                        new ContextSummary(
                                "dev", "dev-cluster", "https://dev.k8s.example.com:6443", "developer", "team-a"),
                        new ContextSummary(
                                "staging", "dev-cluster", "https://dev.k8s.example.com:6443", "developer", "staging"),
                        new ContextSummary(
                                "prod", "prod-cluster", "https://prod.k8s.example.com", "prod-deployer", "web"));
        assertThat(analysis.summary().earliestExpiry()).isEqualTo(new Expiry(tokenExp, Expiry.TOKEN, "prod-deployer"));
    }

    @Test
    void theCertificateWinsWhenItExpiresBeforeTheToken() {
        Instant tokenExp = Certs.DEVELOPER.notAfter().plusSeconds(60);

        KubeconfigAnalysis analysis = analyzer.analyse(Fixtures.multiContext(TestJwts.withExpiry(tokenExp)));

        assertThat(analysis.summary().earliestExpiry())
                .isEqualTo(new Expiry(Certs.DEVELOPER.notAfter(), Expiry.CLIENT_CERTIFICATE, "developer"));
    }

    private static KubeconfigProblem warningAt(KubeconfigAnalysis analysis, String path) {
        return analysis.warnings().stream()
                .filter(p -> p.path().equals(path))
                .findFirst()
                .orElseThrow();
    }
}
