package io.jenkins.plugins.workbenchcredentials.kubeconfig;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.workbenchcredentials.kubeconfig.Fixtures.Certs;
import io.jenkins.plugins.workbenchcredentials.testing.TestJwts;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExpiryTest {
    private final KubeconfigAnalyzer analyzer = Fixtures.analyzer();

    @Test
    void theCertificateNotAfterIsRead() {
        KubeconfigAnalysis analysis = analyzer.analyse(
                Fixtures.withUser("""
                client-certificate-data: %s
                client-key-data: %s""".formatted(Certs.DEVELOPER.certificateData(), Certs.DEVELOPER.keyData())));

        assertThat(analysis.summary().earliestExpiry())
                .isEqualTo(new Expiry(Instant.parse("2035-05-30T00:00:00Z"), Expiry.CLIENT_CERTIFICATE, "u"));
        assertThat(Certs.DEVELOPER.notAfter()).isEqualTo(Instant.parse("2035-05-30T00:00:00Z"));
    }

    @Test
    void anExpiredCertificateIsAWarningNotAnError() {
        KubeconfigAnalysis analysis = analyzer.analyse(
                Fixtures.withUser("""
                client-certificate-data: %s
                client-key-data: %s""".formatted(Certs.EXPIRED.certificateData(), Certs.EXPIRED.keyData())));

        assertThat(analysis.valid()).isTrue();
        assertThat(analysis.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo("kubeconfig.certificateExpired");
            assertThat(warning.args()).containsExactly("u", "2020-01-31T00:00:00Z");
        });
    }

    @Test
    void anExpiredJwtIsAWarning() {
        Instant exp = Fixtures.NOW.minusSeconds(1);

        KubeconfigAnalysis analysis = analyzer.analyse(Fixtures.withUser("token: " + TestJwts.withExpiry(exp)));

        assertThat(analysis.summary().earliestExpiry()).isEqualTo(new Expiry(exp, Expiry.TOKEN, "u"));
        assertThat(analysis.warnings()).extracting(KubeconfigProblem::code).containsExactly("kubeconfig.tokenExpired");
    }

    @Test
    void aJwtDueLaterThanNowIsNotWarnedAbout() {
        KubeconfigAnalysis analysis =
                analyzer.analyse(Fixtures.withUser("token: " + TestJwts.withExpiry(Fixtures.NOW.plusSeconds(1))));

        assertThat(analysis.warnings()).isEmpty();
    }

    @Test
    void tokensWithoutADateGiveNoExpiry() {
        for (String token :
                new String[] {Fixtures.OPAQUE_TOKEN, TestJwts.withoutExpiry(), "a.b.c", "x.eyJleHAiOiJzb29uIn0.y"}) {
            KubeconfigAnalysis analysis = analyzer.analyse(Fixtures.withUser("token: " + token));

            assertThat(analysis.valid()).isTrue();
            assertThat(analysis.summary().earliestExpiry()).as(token).isNull();
        }
    }

    @Test
    void anOidcIdTokenExpiryCounts() {
        Instant exp = Instant.parse("2030-01-01T00:00:00Z");

        KubeconfigAnalysis analysis = analyzer.analyse(Fixtures.withUser("""
                auth-provider:
                  name: oidc
                  config:
                    client-id: kubernetes
                    client-secret: oidc-client-secret-value
                    id-token: %s
                    idp-issuer-url: https://login.example.com
                    refresh-token: oidc-refresh-token-value""".formatted(TestJwts.withExpiry(exp))));

        assertThat(analysis.summary().earliestExpiry()).isEqualTo(new Expiry(exp, Expiry.TOKEN, "u"));
    }

    @Test
    void theEarliestAcrossAllUsersIsChosen() {
        String text = """
                apiVersion: v1
                clusters:
                - name: c
                  cluster: {server: https://c.example.com}
                users:
                - name: late
                  user: {token: %s}
                - name: early
                  user:
                    client-certificate-data: %s
                    client-key-data: %s
                - name: middle
                  user: {token: %s}
                contexts:
                - name: x
                  context: {cluster: c, user: late}
                """.formatted(
                        TestJwts.withExpiry(Instant.parse("2040-01-01T00:00:00Z")),
                        Certs.ADMIN.certificateData(),
                        Certs.ADMIN.keyData(),
                        TestJwts.withExpiry(Instant.parse("2030-01-01T00:00:00Z")));

        KubeconfigAnalysis analysis = analyzer.analyse(text);

        assertThat(analysis.summary().earliestExpiry())
                .isEqualTo(new Expiry(Certs.ADMIN.notAfter(), Expiry.CLIENT_CERTIFICATE, "early"));
    }
}
