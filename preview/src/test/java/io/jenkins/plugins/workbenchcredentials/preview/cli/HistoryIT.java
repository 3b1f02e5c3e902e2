package io.jenkins.plugins.workbenchcredentials.preview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.workbenchcredentials.preview.testing.Cli;
import io.jenkins.plugins.workbenchcredentials.preview.testing.Cli.Result;
import io.jenkins.plugins.workbenchcredentials.preview.testing.Kubeconfigs;
import io.jenkins.plugins.workbenchcredentials.preview.testing.SecretWatch;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code workbench history} end to end: changes made by real CLI processes, read back by others. */
class HistoryIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The operating-system user the CLI processes run as: this one's. */
    private static final String USER = System.getProperty("user.name");

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @TempDir
    Path home;

    private final SecretWatch secrets = new SecretWatch();
    private Cli cli;
    private String token;
    private String newToken;

    @BeforeEach
    void setUp() {
        cli = new Cli(home, secrets);
        token = secrets.secret("ghp_historyTestToken0123456789abcdef");
        newToken = secrets.secret("ghp_historyRotatedToken9876543210zyx");
        secrets.secret(Kubeconfigs.DEV_TOKEN);
        secrets.secret(Kubeconfigs.PROD_TOKEN);
    }

    @Test
    void listsEachChangeNewestFirstWithWhoThroughWhatAndWhichFields() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        ok(cli.runWithInput(
                token, "create", "--type", "secret-text", "--id", "gh-token", "--description", "GitHub API token"));
        ok(cli.run("update", "gh-token", "--description", "GitHub token of the release job"));
        ok(cli.runWithInput(newToken + "\n", "update", "gh-token"));

        Result table = ok(cli.run("history", "gh-token"));

        List<String> lines = table.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).matches("WHEN +ACTION +ACTOR +SOURCE +FIELDS");
        assertThat(lines.get(1)).matches(row("updated", "token"));
        assertThat(lines.get(2)).matches(row("updated", "description"));
        assertThat(lines.get(3)).matches(row("created", "description, scope, token"));
        assertThat(table.out()).doesNotContain("release job", "GitHub API token");

        JsonNode json =
                JSON.readTree(ok(cli.run("history", "gh-token", "--json")).out());
        assertThat(json.get("id").asText()).isEqualTo("gh-token");
        assertThat(json.get("exists").asBoolean()).isTrue();
        JsonNode items = json.get("items");
        assertThat(items).extracting(i -> i.get("action").asText()).containsExactly("updated", "updated", "created");
        assertThat(items).allSatisfy(item -> {
            assertThat(item.get("actor").asText()).isEqualTo(USER);
            assertThat(item.get("source").asText()).isEqualTo("workbench-cli");
            assertThat(item.get("type").asText()).isEqualTo("secret-text");
            assertThat(Instant.parse(item.get("at").asText())).isBetween(before, Instant.now());
        });
        assertThat(items.get(0).get("fields")).extracting(JsonNode::asText).containsExactly("token");
        List<String> parts = new ArrayList<>();
        items.get(0).fieldNames().forEachRemaining(parts::add);
        assertThat(parts)
                .as("an entry holds no value")
                .containsExactlyInAnyOrder("at", "action", "type", "actor", "source", "fields");
    }

    @Test
    void anUpdateThatChangesNothingAddsNoEntry() throws Exception {
        ok(cli.runWithInput(token, "create", "--type", "secret-text", "--id", "gh-token", "--description", "same"));
        ok(cli.run("update", "gh-token", "--description", "same"));

        JsonNode items = JSON.readTree(
                        ok(cli.run("history", "gh-token", "--json")).out())
                .get("items");

        assertThat(items).extracting(i -> i.get("action").asText()).containsExactly("created");
    }

    @Test
    void aDeletedCredentialsHistoryStaysReadableByItsId() throws Exception {
        ok(cli.runWithInput(Kubeconfigs.twoContexts(), "create", "--type", "kubeconfig", "--id", "prod-kube"));
        ok(cli.run("update", "prod-kube", "--context", "prod", "--namespace", "web"));
        Instant deletedAround = Instant.now();
        ok(cli.run("delete", "prod-kube"));
        assertThat(cli.run("get", "prod-kube").exitCode()).isEqualTo(4);

        Result table = ok(cli.run("history", "prod-kube"));

        List<String> lines = table.out().lines().toList();
        assertThat(lines.get(0)).startsWith("Credential \"prod-kube\" was deleted; its history is kept until ");
        Instant keptUntil = LocalDateTime.parse(lines.get(0).replaceAll(".*kept until (.*)\\.$", "$1"), LOCAL_TIME)
                .atZone(ZoneId.systemDefault())
                .toInstant();
        assertThat(keptUntil)
                .as("90 days after the deletion")
                .isBetween(
                        deletedAround.plus(Duration.ofDays(90)).minusSeconds(5),
                        deletedAround.plus(Duration.ofDays(90)).plusSeconds(60));
        assertThat(lines.get(1)).matches("WHEN +ACTION +ACTOR +SOURCE +FIELDS");
        assertThat(lines.get(2)).matches(row("deleted", "-"));
        assertThat(lines.get(3)).matches(row("updated", "defaultContext, defaultNamespace"));
        assertThat(lines.get(4)).matches(row("created", "scope, kubeconfig"));

        JsonNode json =
                JSON.readTree(ok(cli.run("history", "prod-kube", "--json")).out());
        assertThat(json.get("exists").asBoolean()).isFalse();
        assertThat(json.get("items")).extracting(i -> i.get("type").asText()).containsOnly("kubeconfig");
        assertThat(json.at("/items/0/fields")).isEmpty();
    }

    @Test
    void aRecreatedCredentialContinuesItsHistory() throws Exception {
        ok(cli.runWithInput(token, "create", "--type", "secret-text", "--id", "gh-token"));
        ok(cli.run("delete", "gh-token"));
        ok(cli.runWithInput(newToken, "create", "--type", "secret-text", "--id", "gh-token"));

        JsonNode json =
                JSON.readTree(ok(cli.run("history", "gh-token", "--json")).out());

        assertThat(json.get("exists").asBoolean()).isTrue();
        assertThat(json.get("items"))
                .extracting(i -> i.get("action").asText())
                .containsExactly("created", "deleted", "created");
    }

    @Test
    void anIdThatNeverExistedExitsWithFourAndABadIdWithThree() throws Exception {
        ok(cli.runWithInput(token, "create", "--type", "secret-text", "--id", "gh-token"));

        Result unknown = cli.run("history", "nope");
        assertThat(unknown.exitCode()).isEqualTo(4);
        assertThat(unknown.err()).contains("No credential with ID \"nope\"");
        assertThat(unknown.out()).isEmpty();
        assertThat(cli.run("history", "nope", "--json").exitCode()).isEqualTo(4);

        Result badId = cli.run("history", "my token");
        assertThat(badId.exitCode()).isEqualTo(3);
        assertThat(badId.err()).contains("ID may contain only");

        assertThat(cli.run("history").exitCode()).as("no ID").isEqualTo(2);
        assertThat(ok(cli.run("history", "--help")).out()).contains("never a", "90 days", "--json");
        assertThat(ok(cli.run("--help")).out()).contains("history");
    }

    @Test
    void theHistoryIsKeptEncryptedInTheCredentialsFile() throws Exception {
        ok(cli.runWithInput(
                token, "create", "--type", "secret-text", "--id", "gh-token", "--description", "GitHub API token"));
        ok(cli.run("exec", "--id", "gh-token", "--consumer", "nightly", "--", "true"));
        ok(cli.run("delete", "gh-token", "--force"));

        try (Stream<Path> files = Files.list(home)) {
            assertThat(files.filter(Files::isRegularFile)
                            .map(f -> f.getFileName().toString()))
                    .as("no file of its own")
                    .containsExactlyInAnyOrder("credentials.wbc", "usage.wbc", "store.key", "store.lock");
        }
        String stored = new String(Files.readAllBytes(home.resolve("credentials.wbc")), StandardCharsets.ISO_8859_1);
        assertThat(stored).startsWith("WBCSTORE").doesNotContain("gh-token", "workbench-cli", "created", "deleted");
        assertThat(JSON.readTree(ok(cli.run("history", "gh-token", "--json")).out())
                        .get("items"))
                .hasSize(2);
    }

    @Test
    void aStoreWrittenBeforeTheHistoryIsReadAndStartsOneWithItsNextChange() throws Exception {
        // The store of FormatOneStoreTest, written by the preview of format 1.
        secrets.secret("ghp_formatOneToken0123456789abcdef");
        secrets.secret("format-one-Pa55word");
        for (String name : new String[] {"credentials.wbc", "usage.wbc", "store.key"}) {
            try (InputStream in = Objects.requireNonNull(
                    HistoryIT.class.getResourceAsStream(
                            "/io/jenkins/plugins/workbenchcredentials/preview/store/format-1/" + name),
                    name)) {
                Files.copy(in, home.resolve(name));
            }
            Files.setPosixFilePermissions(home.resolve(name), PosixFilePermissions.fromString("rw-------"));
        }

        assertThat(ok(cli.run("list")).out()).contains("gh-token", "registry", "Docker Hub");
        assertThat(ok(cli.run("history", "gh-token")).out())
                .isEqualTo("No change to \"gh-token\" has been recorded.\n");
        assertThat(cli.run("history", "old-token").exitCode())
                .as("deleted before the store kept a history")
                .isEqualTo(4);

        ok(cli.run("update", "gh-token", "--description", "GitHub token of the release job"));

        JsonNode json =
                JSON.readTree(ok(cli.run("history", "gh-token", "--json")).out());
        assertThat(json.get("items")).extracting(i -> i.get("action").asText()).containsExactly("updated");
        assertThat(ok(cli.run("get", "registry")).out()).contains("Docker Hub", "Revision:          2");
    }

    /** One row of the table: a local time, the action, this user, the CLI as source, the fields. */
    private static String row(String action, String fields) {
        return "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d +" + action + " +" + Pattern.quote(USER) + " +workbench-cli +"
                + Pattern.quote(fields);
    }

    private static Result ok(Result result) {
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result;
    }
}
