package io.jenkins.plugins.workbenchcredentials.kubeconfig;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.Fixtures.Certs;
import io.jenkins.plugins.workbenchcredentials.testing.TestJwts;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SensitiveFragmentsTest {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final String JWT = TestJwts.withExpiry(Instant.parse("2031-01-01T00:00:00Z"));

    private final KubeconfigAnalyzer analyzer = Fixtures.analyzer();

    @Test
    void userSecretsAndTheDecodedKeyAreListed() {
        List<String> fragments = analyzer.sensitiveFragments(Fixtures.kind());

        assertThat(fragments)
                .containsExactlyInAnyOrder(
                        Certs.ADMIN.certificateData(),
                        Certs.ADMIN.keyData(),
                        Certs.ADMIN.keyPem().strip());
    }

    @Test
    void tokensAndPasswordsAreListed() {
        assertThat(analyzer.sensitiveFragments(Fixtures.tokens(JWT)))
                .containsExactlyInAnyOrder(JWT, Fixtures.OPAQUE_TOKEN, "s3cr3t-Pa55w0rd!");
    }

    @Test
    void authProviderSecretsAndExecEnvironmentValuesAreListed() {
        String text = Fixtures.withUser("""
                auth-provider:
                  name: oidc
                  config:
                    client-id: kubernetes
                    client-secret: the-client-secret
                    id-token: the-id-token
                    refresh-token: the-refresh-token
                    access-token: the-access-token
                    idp-issuer-url: https://login.example.com""");

        assertThat(analyzer.sensitiveFragments(text))
                .containsExactlyInAnyOrder(
                        "the-client-secret", "the-id-token", "the-refresh-token", "the-access-token");
        assertThat(analyzer.sensitiveFragments(Fixtures.eks())).containsExactly("prod-admin-profile");
        assertThat(analyzer.sensitiveFragments(Fixtures.gke())).containsExactly(Fixtures.GCP_ACCESS_TOKEN);
    }

    @Test
    void aBrokenFileStillGivesUpItsSecrets() {
        String broken = Fixtures.tokens(JWT).replace("contexts:", "contexts: 5\nunused:");

        assertThat(analyzer.analyse(broken).valid()).isFalse();
        assertThat(analyzer.sensitiveFragments(broken)).contains(JWT, Fixtures.OPAQUE_TOKEN);
    }

    @Test
    void unparseableTextHasNoFragments() {
        assertThat(analyzer.sensitiveFragments("token: \"unclosed")).isEmpty();
        assertThat(analyzer.sensitiveFragments("- a list")).isEmpty();
        assertThat(analyzer.sensitiveFragments(null)).isEmpty();
    }

    static Stream<String> kubeconfigs() {
        return Stream.of(
                Fixtures.kind(),
                Fixtures.eks(),
                Fixtures.gke(),
                Fixtures.tokens(JWT),
                Fixtures.multiContext(JWT),
                // broken ones: the secrets sit next to the errors
                Fixtures.withUser("client-certificate-data: " + Certs.ADMIN.keyData()),
                Fixtures.withUser("client-key-data: " + Certs.ADMIN.keyData() + "\ntoken: " + JWT
                        + "\nusername: admin\npassword: hunter2-is-my-password"),
                Fixtures.withUser("token: " + JWT).replace("{cluster: c,", "{cluster: nowhere,"),
                Fixtures.withUser("exec: {env: [{name: SECRET, value: exec-env-secret}]}"),
                Fixtures.withUser("token: " + JWT)
                        .replace(
                                "server: https://c.example.com",
                                "server: http://admin:url-password-123@c.example.com"));
    }

    @ParameterizedTest
    @MethodSource("kubeconfigs")
    void theJsonOfAnAnalysisHoldsNoSensitiveFragment(String text) throws Exception {
        KubeconfigAnalysis analysis = analyzer.analyse(text);
        String json = JSON.writeValueAsString(analysis);

        List<String> fragments = analyzer.sensitiveFragments(text);
        assertThat(fragments).isNotEmpty();
        for (String fragment : fragments) {
            assertThat(json).doesNotContain(fragment);
            // a PEM key is also checked line by line, as it would be printed
            fragment.lines()
                    .filter(line -> line.length() > 20)
                    .forEach(line -> assertThat(json).doesNotContain(line));
        }
        assertThat(json).doesNotContain("url-password-123");
        assertThat(json).contains("\"summary\"");
    }
}
