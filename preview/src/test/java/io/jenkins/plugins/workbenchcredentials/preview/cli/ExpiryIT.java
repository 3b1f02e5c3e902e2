package io.jenkins.plugins.workbenchcredentials.preview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.workbenchcredentials.preview.testing.Cli;
import io.jenkins.plugins.workbenchcredentials.preview.testing.Cli.Result;
import io.jenkins.plugins.workbenchcredentials.preview.testing.Kubeconfigs;
import io.jenkins.plugins.workbenchcredentials.preview.testing.SecretWatch;
import io.jenkins.plugins.workbenchcredentials.testing.TestJwts;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Expiry in the CLI end to end: each credential's status in {@code list} and {@code get}, {@code list
 * --expiring}, the warning, and {@code --expiry-days}. Tokens are JWTs whose {@code exp} is days from
 * now; kubeconfigs whose users hide their date are unknown, never fine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExpiryIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One store for every test: they only read it. */
    @TempDir
    static Path home;

    private final SecretWatch secrets = new SecretWatch();
    private Cli cli;
    private final Instant now = Instant.now();

    @BeforeAll
    void storeWithEveryKindOfExpiry() throws Exception {
        cli = new Cli(home, secrets);
        secrets.secret(Kubeconfigs.DEV_TOKEN);
        secrets.secret(Kubeconfigs.PROD_TOKEN);
        token("expired-token", now.minus(Duration.ofDays(2)));
        token("soon-token", now.plus(Duration.ofDays(3)));
        token("later-token", now.plus(Duration.ofDays(60)));
        ok(cli.runWithInput(
                secrets.secret("ghp_noDateInThisToken0123456789"),
                "create",
                "--type",
                "secret-text",
                "--id",
                "opaque-token"));
        ok(cli.runWithInput(
                secrets.secret("expiry-Pa55word"),
                "create",
                "--type",
                "username-password",
                "--id",
                "registry",
                "--username",
                "ci-bot"));
        kubeconfig("exec-kube", """
                exec:
                  apiVersion: client.authentication.k8s.io/v1beta1
                  command: aws
                  args: [eks, get-token, --cluster-name, ci]""");
        kubeconfig("provider-kube", """
                auth-provider:
                  name: oidc
                  config:
                    client-id: workbench""");
        kubeconfig("file-kube", """
                client-certificate: /etc/kube/ci.crt
                client-key: /etc/kube/ci.key""");
        kubeconfig("dated-kube", "token: " + secrets.secret(TestJwts.withExpiry(now.plus(Duration.ofDays(200)))));
    }

    @Test
    void listSaysWhereEachStandsAndNeverCallsAnUnknownDateFine() throws Exception {
        Result list = ok(cli.run("list"));

        assertThat(list.out().lines().findFirst().orElseThrow()).contains("DETAILS", "EXPIRY", "CREATED");
        Map<String, String> rows = rowsById(list.out());
        assertThat(rows.get("expired-token")).contains("expired " + day(now.minus(Duration.ofDays(2))));
        assertThat(rows.get("soon-token")).contains("expiring " + day(now.plus(Duration.ofDays(3))));
        assertThat(rows.get("later-token")).contains("valid until " + day(now.plus(Duration.ofDays(60))));
        assertThat(rows.get("dated-kube")).contains("valid until " + day(now.plus(Duration.ofDays(200))));
        assertThat(rows.get("exec-kube")).contains("unknown (exec plugin)").doesNotContain("valid");
        assertThat(rows.get("provider-kube"))
                .contains("unknown (auth provider)")
                .doesNotContain("valid");
        assertThat(rows.get("file-kube")).contains("unknown (certificate file)").doesNotContain("valid");
        assertThat(rows.get("opaque-token")).as("no date to tell").matches("opaque-token +secret-text +- +\\d{4}-.*");
        assertThat(rows.get("registry")).matches("registry +username-password +user ci-bot +- +\\d{4}-.*");
        assertThat(list.err())
                .contains("workbench: warning: 1 credential has expired and 1 credential expires within 14 days;"
                        + " `workbench list --expiring` lists them.");

        JsonNode json = JSON.readTree(ok(cli.run("list", "--json")).out());
        Map<String, String> statuses = statusById(json);
        assertThat(statuses)
                .containsEntry("expired-token", "expired")
                .containsEntry("soon-token", "expiring")
                .containsEntry("later-token", "valid")
                .containsEntry("dated-kube", "valid")
                .containsEntry("exec-kube", "unknown")
                .containsEntry("provider-kube", "unknown")
                .containsEntry("file-kube", "unknown")
                .doesNotContainKeys("opaque-token", "registry");
        JsonNode exec = find(json, "exec-kube");
        assertThat(exec.at("/expiry/unknown/user").asText()).isEqualTo("ci-user");
        assertThat(exec.at("/expiry/unknown/reason").asText()).isEqualTo("exec");
    }

    @Test
    void getTellsTheDateWhoseItIsAndWhichUserHidesOne() throws Exception {
        assertThat(ok(cli.run("get", "soon-token")).out())
                .containsPattern(
                        "Expiry: +expiring " + day(now.plus(Duration.ofDays(3))) + " \\d\\d:\\d\\d:\\d\\d \\(token\\)");
        assertThat(ok(cli.run("get", "exec-kube")).out())
                .contains("Expiry:", "unknown: user ci-user authenticates with an exec plugin, which hides its date");
        assertThat(ok(cli.run("get", "dated-kube")).out())
                .containsPattern("Expiry: +valid until " + day(now.plus(Duration.ofDays(200)))
                        + " \\d\\d:\\d\\d:\\d\\d \\(token of user ci-user\\)");
        assertThat(ok(cli.run("get", "registry")).out()).doesNotContain("Expiry");
    }

    @Test
    void listExpiringShowsOnlyTheExpiredAndTheExpiring() throws Exception {
        Result expiring = ok(cli.run("list", "--expiring"));
        assertThat(rowsById(expiring.out())).containsOnlyKeys("expired-token", "soon-token");
        assertThat(expiring.err()).as("the list is the warning").isEmpty();

        JsonNode json =
                JSON.readTree(ok(cli.run("list", "--expiring", "--json")).out());
        assertThat(json).extracting(n -> n.get("id").asText()).containsExactly("soon-token", "expired-token");

        Result none = ok(cli.run("list", "--expiring", "--type", "kubeconfig"));
        assertThat(none.out()).contains("No matching credential has expired or expires within 14 days.");
    }

    @Test
    void expiryDaysWidensOrNarrowsTheThresholdBeforeOrAfterTheCommand() throws Exception {
        assertThat(rowsById(
                        ok(cli.run("list", "--expiring", "--expiry-days", "90")).out()))
                .containsOnlyKeys("expired-token", "soon-token", "later-token");
        assertThat(rowsById(
                        ok(cli.run("--expiry-days", "90", "list", "--expiring")).out()))
                .containsOnlyKeys("expired-token", "soon-token", "later-token");
        Result wide = ok(cli.run("--expiry-days", "365", "list"));
        assertThat(rowsById(wide.out()).get("dated-kube")).contains("expiring ");
        assertThat(wide.err()).contains("1 credential has expired and 3 credentials expire within 365 days");

        Result narrow = ok(cli.run("list", "--expiring", "--expiry-days", "1"));
        assertThat(rowsById(narrow.out())).containsOnlyKeys("expired-token");
        assertThat(rowsById(ok(cli.run("list", "--expiry-days", "1")).out()).get("soon-token"))
                .contains("valid until ");
        assertThat(JSON.readTree(ok(cli.run("get", "soon-token", "--json", "--expiry-days", "7"))
                                .out())
                        .at("/expiry/status")
                        .asText())
                .isEqualTo("expiring");
    }

    @Test
    void aBadExpiryDaysIsAUsageError() throws Exception {
        for (String bad : List.of("0", "366", "-3", "ten", "1.5", "")) {
            Result result = cli.run("list", "--expiry-days", bad);
            assertThat(result.exitCode()).as(bad).isEqualTo(2);
            assertThat(result.err()).as(bad).contains("--expiry-days");
            assertThat(result.out()).as(bad).isEmpty();
        }
        assertThat(cli.run("list", "--expiry-days", "0").err())
                .contains("--expiry-days must be between 1 and 365, not 0");
        assertThat(cli.run("--expiry-days", "400", "history", "registry").err())
                .contains("--expiry-days must be between 1 and 365, not 400");
        assertThat(cli.run("list", "--expiry-days").exitCode()).as("no value").isEqualTo(2);
        assertThat(ok(cli.run("--help")).out()).contains("--expiry-days", "1 to 365, default: 14");
    }

    private void token(String id, Instant exp) throws Exception {
        ok(cli.runWithInput(secrets.secret(TestJwts.withExpiry(exp)), "create", "--type", "secret-text", "--id", id));
    }

    private void kubeconfig(String id, String userYaml) throws Exception {
        ok(cli.runWithInput(Kubeconfigs.withUser(userYaml), "create", "--type", "kubeconfig", "--id", id));
    }

    /** The table's rows by their first cell. */
    private static Map<String, String> rowsById(String table) {
        return table.lines().skip(1).collect(Collectors.toMap(line -> line.split(" ", 2)[0], line -> line));
    }

    private static Map<String, String> statusById(JsonNode list) {
        Map<String, String> statuses = new HashMap<>();
        for (JsonNode item : list) {
            if (item.has("expiry")) {
                statuses.put(item.get("id").asText(), item.at("/expiry/status").asText());
            }
        }
        return statuses;
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode item : list) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no " + id + " in " + list);
    }

    /** The local date the CLI prints an instant on. */
    private static String day(Instant instant) {
        return Text.time(instant).substring(0, 10);
    }

    private static Result ok(Result result) {
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result;
    }
}
