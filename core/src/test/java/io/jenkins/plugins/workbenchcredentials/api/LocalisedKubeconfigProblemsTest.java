package io.jenkins.plugins.workbenchcredentials.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigAnalyzer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The kubeconfig's problems come back in the caller's language, from the check and from a refused save. */
class LocalisedKubeconfigProblemsTest {
    private static final String UNKNOWN_CLUSTER = """
            apiVersion: v1
            kind: Config
            current-context: dev
            clusters: []
            users:
            - name: dev-user
              user:
                token: localised-problems-token-1
            contexts:
            - name: dev
              context:
                cluster: nowhere
                user: dev-user
            """;

    private final ApiFixture fixture = new ApiFixture();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theCheckAnswersInChinese() throws Exception {
        JsonNode chinese = validate(Locale.SIMPLIFIED_CHINESE);
        String message = chinese.path("errors").get(0).path("message").asText();
        assertThat(message).contains("nowhere").containsPattern("\\p{IsHan}");
        assertThat(chinese.path("errors").get(0).path("code").asText()).isEqualTo("kubeconfig.unknownCluster");
    }

    @Test
    void englishIsTheAnalysisOwnMessage() throws Exception {
        String english =
                validate(Locale.ENGLISH).path("errors").get(0).path("message").asText();
        String analysed = new KubeconfigAnalyzer()
                .analyse(UNKNOWN_CLUSTER)
                .errors()
                .get(0)
                .message();
        assertThat(english).isEqualTo(analysed);
    }

    @Test
    void aRefusedSaveQuotesTheProblemInChinese() throws Exception {
        String body =
                json.writeValueAsString(Map.of("id", "bad-kube", "type", "kubeconfig", "kubeconfig", UNKNOWN_CLUSTER));
        ApiResponse response = fixture.api.handle(new ApiRequest(
                "POST", "credentials", Map.of(), body.getBytes(StandardCharsets.UTF_8), Locale.SIMPLIFIED_CHINESE));
        assertThat(response.status()).isEqualTo(400);
        JsonNode error = json.readTree(response.json()).path("error");
        String problem = error.path("problems").get(0).path("message").asText();
        assertThat(problem).containsPattern("\\p{IsHan}");
        assertThat(error.path("message").asText()).startsWith("kubeconfig 无效：").endsWith(problem);
        assertThat(response.json()).doesNotContain("localised-problems-token-1");
    }

    private JsonNode validate(Locale locale) throws Exception {
        String body = json.writeValueAsString(Map.of("kubeconfig", UNKNOWN_CLUSTER));
        ApiResponse response = fixture.api.handle(
                new ApiRequest("POST", "kubeconfig/validate", Map.of(), body.getBytes(StandardCharsets.UTF_8), locale));
        assertThat(response.status()).isEqualTo(200);
        return json.readTree(response.json());
    }
}
