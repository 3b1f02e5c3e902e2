package io.jenkins.plugins.workbenchcredentials.kubeconfig;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Whatever secrets a kubeconfig holds, and wherever they sit, no analysis reveals them and masking lists them. */
class KubeconfigSecretProperties {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private final KubeconfigAnalyzer analyzer = Fixtures.analyzer();

    @Provide
    Arbitrary<String> secrets() {
        // Long enough not to match the words of a message by chance.
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('A', 'Z')
                .withCharRange('0', '9')
                .withChars('-', '_', '.', '+', '/', '=')
                .ofMinLength(16)
                .ofMaxLength(80);
    }

    @Property(tries = 200)
    void secretsNeverReachTheAnalysisAndAreAllListedForMasking(
            @ForAll("secrets") String token,
            @ForAll("secrets") String password,
            @ForAll("secrets") String envValue,
            @ForAll("secrets") String refreshToken,
            @ForAll("secrets") String clientSecret,
            @ForAll @IntRange(min = 0, max = 3) int breakage)
            throws JsonProcessingException {
        String user = """
                token: "%s"
                password: "%s"
                exec:
                  command: kubelogin
                  env:
                  - {name: CLIENT, value: "%s"}
                auth-provider:
                  name: oidc
                  config: {refresh-token: "%s", client-secret: "%s"}""".formatted(token, password, envValue, refreshToken, clientSecret);
        String text =
                switch (breakage) {
                    case 0 -> Fixtures.withUser(user);
                    case 1 -> Fixtures.withUser(user).replace("current-context: ctx", "current-context: missing");
                    case 2 -> Fixtures.withUser(user).replace("{cluster: c,", "{cluster: 7,");
                    default -> Fixtures.withUser(user).replace("- name: u\n", "- name: [u]\n");
                };

        String json = JSON.writeValueAsString(analyzer.analyse(text));

        List<String> secrets = List.of(token, password, envValue, refreshToken, clientSecret);
        secrets.forEach(secret -> assertThat(json).doesNotContain(secret));
        assertThat(analyzer.sensitiveFragments(text)).containsAll(secrets);
    }
}
