package io.jenkins.plugins.workbenchcredentials.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.workbenchcredentials.history.ChangeOrigin;
import io.jenkins.plugins.workbenchcredentials.history.ChangeSource;
import io.jenkins.plugins.workbenchcredentials.service.Permission;
import io.jenkins.plugins.workbenchcredentials.testing.TestJwts;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code credentials/ID/history}, {@code expiring} and the list's {@code expiring} filter, as JSON. */
class HistoryAndExpiryApiTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiFixture fixture = new ApiFixture();

    @Test
    void theHistoryIsServedNewestFirstWithoutValues() throws Exception {
        fixture.post(
                "credentials",
                "{\"id\":\"registry\",\"type\":\"username-password\",\"username\":\"ci-bot-user\",\"password\":\"hunter2-secret\"}");
        fixture.origin = new ChangeOrigin("bob", ChangeSource.WORKBENCH);
        fixture.post("credentials/registry", "{\"password\":\"hunter3-secret\"}");

        ApiResponse response = fixture.get("credentials/registry/history");

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.json());
        assertThat(body.get("id").asText()).isEqualTo("registry");
        assertThat(body.get("exists").asBoolean()).isTrue();
        JsonNode items = body.get("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("action").asText()).isEqualTo("updated");
        assertThat(items.get(0).get("actor").asText()).isEqualTo("bob");
        assertThat(items.get(0).get("source").asText()).isEqualTo("workbench");
        assertThat(items.get(0).get("fields").toString()).isEqualTo("[\"password\"]");
        assertThat(items.get(1).get("action").asText()).isEqualTo("created");
        assertThat(items.get(1).get("at").asText()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(response.json()).doesNotContain("hunter2-secret", "hunter3-secret", "ci-bot-user");
    }

    @Test
    void aDeletedCredentialsHistoryStaysReadable() throws Exception {
        fixture.post("credentials", "{\"id\":\"gh-token\",\"type\":\"secret-text\",\"token\":\"ghp_value\"}");
        fixture.post("credentials/gh-token/delete", "");

        JsonNode body =
                JSON.readTree(fixture.get("credentials/gh-token/history").json());

        assertThat(body.get("exists").asBoolean()).isFalse();
        assertThat(body.get("items").get(0).get("action").asText()).isEqualTo("deleted");
        assertThat(body.get("items").get(0).get("type").asText()).isEqualTo("secret-text");
        assertThat(fixture.get("credentials/gh-token").status()).isEqualTo(404);
    }

    @Test
    void theHistoryOfAnUnknownIdIsNotFoundAndOnlyGetIsAllowed() {
        assertThat(fixture.get("credentials/never/history").status()).isEqualTo(404);
        assertThat(fixture.post("credentials/never/history", "").status()).isEqualTo(405);
        assertThat(fixture.get("credentials/bad id/history").status()).isEqualTo(400);
    }

    @Test
    void theExpiringSummaryAndFilter() throws Exception {
        fixture.post("credentials", token("expired", NOW.minus(Duration.ofDays(1))));
        fixture.post("credentials", token("soon", NOW.plus(Duration.ofDays(2))));
        fixture.post("credentials", token("later", NOW.plus(Duration.ofDays(60))));

        JsonNode summary = JSON.readTree(fixture.get("expiring").json());
        JsonNode filtered = JSON.readTree(
                fixture.get("credentials", Map.of("expiring", "true")).json());
        JsonNode all = JSON.readTree(
                fixture.get("credentials", Map.of("expiring", "false")).json());

        assertThat(summary.get("thresholdDays").asInt()).isEqualTo(14);
        assertThat(summary.get("expired").asInt()).isEqualTo(1);
        assertThat(summary.get("expiring").asInt()).isEqualTo(1);
        assertThat(summary.get("soonest").get("id").asText()).isEqualTo("expired");
        assertThat(summary.get("soonest").get("status").asText()).isEqualTo("expired");
        assertThat(filtered.get("pagination").get("total").asInt()).isEqualTo(2);
        assertThat(filtered.get("items").get(0).get("expiry").get("status").asText())
                .isIn("expired", "expiring");
        assertThat(all.get("pagination").get("total").asInt()).isEqualTo(3);
    }

    @Test
    void aBadExpiringValueIsRefusedNamingTheParameter() throws Exception {
        ApiResponse response = fixture.get("credentials", Map.of("expiring", "yes"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(JSON.readTree(response.json()).get("error").get("field").asText())
                .isEqualTo("expiring");
    }

    @Test
    void readingTheHistoryOrTheSummaryNeedsView() {
        fixture.post("credentials", "{\"id\":\"gh-token\",\"type\":\"secret-text\",\"token\":\"ghp_value\"}");
        fixture.granted.remove(Permission.VIEW);

        assertThat(fixture.get("credentials/gh-token/history").status()).isEqualTo(403);
        assertThat(fixture.get("expiring").status()).isEqualTo(403);
    }

    private static String token(String id, Instant exp) {
        return "{\"id\":\"" + id + "\",\"type\":\"secret-text\",\"token\":\"" + TestJwts.withExpiry(exp) + "\"}";
    }
}
