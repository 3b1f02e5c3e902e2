package io.jenkins.plugins.workbenchcredentials.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.service.Permission;
import io.jenkins.plugins.workbenchcredentials.testing.SampleKubeconfigs;
import io.jenkins.plugins.workbenchcredentials.usage.StaticReference;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkbenchJsonApiTest {
    private final ApiFixture fixture = new ApiFixture();

    @Test
    void createGetListUpdateDeleteRoundTrip() throws Exception {
        ApiResponse created = fixture.post(
                "credentials",
                "{\"id\":\"dockerhub-id\",\"type\":\"username-password\",\"username\":\"bob\",\"password\":\"hunter2-secret\",\"description\":\"Docker Hub\"}");
        assertThat(created.status()).isEqualTo(201);
        JsonNode view = json(created);
        assertThat(view.get("id").asText()).isEqualTo("dockerhub-id");
        assertThat(view.get("username").asText()).isEqualTo("bob");
        assertThat(view.get("createdAt").asText()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(view.has("password")).isFalse();

        JsonNode list = json(fixture.get("credentials"));
        assertThat(list.get("items")).hasSize(1);
        assertThat(list.get("pagination").toString()).isEqualTo("{\"page\":1,\"pageSize\":20,\"total\":1,\"pages\":1}");

        ApiResponse updated =
                fixture.post("credentials/dockerhub-id", "{\"description\":\"Docker Hub (CI)\",\"password\":\"\"}");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(json(updated).get("revision").asLong()).isEqualTo(2);
        assertThat(json(fixture.get("credentials/dockerhub-id"))
                        .get("description")
                        .asText())
                .isEqualTo("Docker Hub (CI)");

        ApiResponse deleted = fixture.post("credentials/dockerhub-id/delete", "");
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(json(deleted).get("deleted").asText()).isEqualTo("dockerhub-id");
        assertThat(fixture.get("credentials/dockerhub-id").status()).isEqualTo(404);

        assertThat(created.json() + list + updated.json() + deleted.json()).doesNotContain("hunter2-secret");
    }

    @Test
    void errorsNameTheFieldAndTheProblem() throws Exception {
        ApiResponse response =
                fixture.post("credentials", "{\"id\":\"bad id\",\"type\":\"secret-text\",\"token\":\"t0k3n-value\"}");
        assertThat(response.status()).isEqualTo(400);
        JsonNode error = json(response).get("error");
        assertThat(error.get("code").asText()).isEqualTo("INVALID_INPUT");
        assertThat(error.get("field").asText()).isEqualTo("id");
        assertThat(error.get("messageKey").asText()).isEqualTo("id.badCharacter");
        assertThat(error.get("message").asText()).contains("space");
    }

    @Test
    void errorsAreLocalised() throws Exception {
        ApiResponse response = fixture.api.handle(
                new ApiRequest("GET", "credentials/missing", Map.of(), null, Locale.SIMPLIFIED_CHINESE));
        assertThat(json(response).get("error").get("message").asText())
                .contains("不存在")
                .contains("missing");
    }

    @Test
    void duplicateIsConflict() {
        String body = "{\"id\":\"gh\",\"type\":\"secret-text\",\"token\":\"t0k3n-value\"}";
        assertThat(fixture.post("credentials", body).status()).isEqualTo(201);
        assertThat(fixture.post("credentials", body).status()).isEqualTo(409);
    }

    @Test
    void refusedDeleteListsWhatDependsOnIt() throws Exception {
        fixture.post("credentials", "{\"id\":\"gh\",\"type\":\"secret-text\",\"token\":\"t0k3n-value\"}");
        fixture.references.put(
                new StaticReference("release", "job/release/", "Pipeline script"), "withWorkbenchCredential('gh') {}");

        ApiResponse refused = fixture.post("credentials/gh/delete", "");
        assertThat(refused.status()).isEqualTo(409);
        JsonNode error = json(refused).get("error");
        assertThat(error.get("code").asText()).isEqualTo("IN_USE");
        assertThat(error.get("whereUsed")
                        .get("references")
                        .get(0)
                        .get("consumer")
                        .asText())
                .isEqualTo("release");
        assertThat(fixture.repository.find(CredentialId.of("gh"))).isPresent();

        ApiResponse forced = fixture.post("credentials/gh/delete", Map.of("force", "true"), "");
        assertThat(forced.status()).isEqualTo(200);
        assertThat(json(forced).get("forced").asBoolean()).isTrue();
        assertThat(json(forced).get("dependents").get(0).asText()).isEqualTo("release");
    }

    @Test
    void whereUsedAndKubeconfigValidation() throws Exception {
        fixture.post("credentials", "{\"id\":\"gh\",\"type\":\"secret-text\",\"token\":\"t0k3n-value\"}");
        assertThat(json(fixture.get("credentials/gh/where-used")).get("references"))
                .isEmpty();

        String body = JsonMapping.mapper().writeValueAsString(Map.of("kubeconfig", SampleKubeconfigs.twoContexts()));
        ApiResponse validation = fixture.post("kubeconfig/validate", body);
        assertThat(validation.status()).isEqualTo(200);
        assertThat(json(validation).get("valid").asBoolean()).isTrue();
        assertThat(validation.json())
                .doesNotContain(SampleKubeconfigs.DEV_TOKEN)
                .doesNotContain(SampleKubeconfigs.PROD_TOKEN);
    }

    @Test
    void invalidKubeconfigListsItsProblems() throws Exception {
        ApiResponse response = fixture.post(
                "credentials", "{\"id\":\"k\",\"type\":\"kubeconfig\",\"kubeconfig\":\"- just\\n- a list\"}");
        assertThat(response.status()).isEqualTo(400);
        JsonNode error = json(response).get("error");
        assertThat(error.get("field").asText()).isEqualTo("kubeconfig");
        assertThat(error.get("problems")).isNotEmpty();
    }

    @Test
    void malformedBodiesNeverEchoTheirContent() throws Exception {
        String secret = "super-secret-password-42";
        for (String body : new String[] {
            "{\"id\":\"a\",\"type\":\"username-password\",\"username\":\"u\",\"password\":\"" + secret,
            "{\"id\":\"a\",\"password\":{\"nested\":\"" + secret + "\"}}",
            "{\"id\":\"a\",\"password\":[\"" + secret + "\"]}",
            "{\"" + secret + "\":1}",
            "[\"" + secret + "\"]",
            "\"" + secret + "\"",
            "{\"id\":\"a\"} \"" + secret + "\"",
        }) {
            ApiResponse response = fixture.post("credentials", body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.json()).as(body).doesNotContain(secret);
            assertThat(json(response).get("error").get("message").asText())
                    .as(body)
                    .isNotBlank();
        }
        JsonNode unknownField = json(fixture.post("credentials", "{\"id\":\"a\",\"pasword\":\"x\"}"))
                .get("error");
        assertThat(unknownField.get("field").asText()).isEqualTo("pasword");
        JsonNode badValue = json(fixture.post("credentials", "{\"id\":\"a\",\"password\":{\"k\":1}}"))
                .get("error");
        assertThat(badValue.get("field").asText()).isEqualTo("password");
    }

    @Test
    void emptyAndOversizedBodiesAreRefused() throws Exception {
        assertThat(fixture.post("credentials", "").status()).isEqualTo(400);
        byte[] huge = new byte[JsonMapping.MAX_BODY_BYTES + 1];
        ApiResponse response =
                fixture.api.handle(new ApiRequest("POST", "credentials", Map.of(), huge, Locale.ENGLISH));
        assertThat(response.status()).isEqualTo(413);
        assertThat(json(response).get("error").get("code").asText()).isEqualTo("TOO_LARGE");
        String deep = "[".repeat(100) + "]".repeat(100);
        assertThat(fixture.post("credentials", deep).status()).isIn(400, 413);
    }

    @Test
    void unknownEndpointsAndMethods() throws Exception {
        assertThat(fixture.get("nothing").status()).isEqualTo(404);
        assertThat(fixture.get("credentials/a/b/c").status()).isEqualTo(404);
        assertThat(fixture.get("credentials/a/delete").status()).isEqualTo(405);
        assertThat(fixture.api
                        .handle(new ApiRequest("DELETE", "credentials/a", Map.of(), null, null))
                        .status())
                .isEqualTo(405);
        assertThat(fixture.post("kubeconfig/validate", "{}").status()).isEqualTo(400);
    }

    @Test
    void missingPermissionIsForbidden() throws Exception {
        fixture.granted.remove(Permission.CREATE);
        ApiResponse response =
                fixture.post("credentials", "{\"id\":\"gh\",\"type\":\"secret-text\",\"token\":\"t0k3n-value\"}");
        assertThat(response.status()).isEqualTo(403);
        assertThat(json(response).get("error").get("message").asText()).contains("CREATE");
        assertThat(fixture.repository.list()).isEmpty();
    }

    @Test
    void responsesAreUtf8Json() throws Exception {
        fixture.post(
                "credentials",
                "{\"id\":\"cn\",\"type\":\"secret-text\",\"token\":\"t0k3n-value\",\"description\":\"生产环境\"}");
        byte[] bytes = fixture.get("credentials/cn").json().getBytes(StandardCharsets.UTF_8);
        assertThat(JsonMapping.mapper().readTree(bytes).get("description").asText())
                .isEqualTo("生产环境");
    }

    private static JsonNode json(ApiResponse response) throws Exception {
        return JsonMapping.mapper().readTree(response.json());
    }
}
