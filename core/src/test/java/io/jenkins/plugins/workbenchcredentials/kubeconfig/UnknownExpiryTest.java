package io.jenkins.plugins.workbenchcredentials.kubeconfig;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.workbenchcredentials.kubeconfig.Fixtures.Certs;
import io.jenkins.plugins.workbenchcredentials.testing.TestJwts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Users whose date cannot be read from the file are named, so a missing date reads "unknown", never "fine". */
class UnknownExpiryTest {
    private final KubeconfigAnalyzer analyzer = Fixtures.analyzer();

    @Test
    void anEmbeddedCertificateAndAJwtTellTheirDate() {
        assertThat(unknown("""
                client-certificate-data: %s
                client-key-data: %s""".formatted(Certs.DEVELOPER.certificateData(), Certs.DEVELOPER.keyData())))
                .isEmpty();
        assertThat(unknown("token: " + TestJwts.withExpiry(Fixtures.NOW.plusSeconds(60))))
                .isEmpty();
    }

    @Test
    void anExecPluginHidesTheDate() {
        assertThat(unknown("""
                exec:
                  apiVersion: client.authentication.k8s.io/v1beta1
                  command: aws""")).containsExactly(new UnknownExpiry("u", UnknownExpiry.EXEC));
    }

    @Test
    void anAuthProviderHidesTheDateEvenWithAnIdToken() {
        assertThat(unknown("""
                auth-provider:
                  name: oidc
                  config:
                    id-token: %s""".formatted(TestJwts.withExpiry(Fixtures.NOW.plusSeconds(60)))))
                .containsExactly(new UnknownExpiry("u", UnknownExpiry.AUTH_PROVIDER));
    }

    @Test
    void filesOpaqueTokensAndPasswordsHideTheDate() {
        assertThat(unknown("""
                client-certificate: /etc/kube/cert.pem
                client-key: /etc/kube/key.pem""")).containsExactly(new UnknownExpiry("u", UnknownExpiry.CERTIFICATE_FILE));
        assertThat(unknown("tokenFile: /var/run/token"))
                .containsExactly(new UnknownExpiry("u", UnknownExpiry.TOKEN_FILE));
        assertThat(unknown("token: " + Fixtures.OPAQUE_TOKEN))
                .containsExactly(new UnknownExpiry("u", UnknownExpiry.OPAQUE_TOKEN));
        assertThat(unknown("token: " + TestJwts.withoutExpiry()))
                .containsExactly(new UnknownExpiry("u", UnknownExpiry.OPAQUE_TOKEN));
        assertThat(unknown("""
                username: admin
                password: hunter2-long""")).containsExactly(new UnknownExpiry("u", UnknownExpiry.BASIC_AUTH));
    }

    @Test
    void aUserWithoutCredentialsHasNoKnownDate() {
        assertThat(unknown("{}")).containsExactly(new UnknownExpiry("u", UnknownExpiry.NO_CREDENTIALS));
    }

    @Test
    void aKnownDateAndAnUnknownUserAreBothReported() {
        KubeconfigSummary known = analyzer.analyse(
                        Fixtures.multiContext(TestJwts.withExpiry(Fixtures.NOW.plusSeconds(3600))))
                .summary();
        KubeconfigSummary mixed =
                analyzer.analyse(Fixtures.multiContext(Fixtures.OPAQUE_TOKEN)).summary();

        assertThat(known.unknownExpiries()).isEmpty();
        assertThat(mixed.earliestExpiry().user()).isEqualTo("developer");
        assertThat(mixed.unknownExpiries())
                .containsExactly(new UnknownExpiry("prod-deployer", UnknownExpiry.OPAQUE_TOKEN));
    }

    private List<UnknownExpiry> unknown(String userYaml) {
        KubeconfigAnalysis analysis = analyzer.analyse(Fixtures.withUser(userYaml));
        assertThat(analysis.summary()).as("summary of " + userYaml).isNotNull();
        return analysis.summary().unknownExpiries();
    }
}
