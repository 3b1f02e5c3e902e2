package io.jenkins.plugins.workbenchcredentials.preview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.workbenchcredentials.preview.testing.Cli;
import io.jenkins.plugins.workbenchcredentials.preview.testing.Cli.Result;
import io.jenkins.plugins.workbenchcredentials.preview.testing.Jvm;
import io.jenkins.plugins.workbenchcredentials.preview.testing.Kubeconfigs;
import io.jenkins.plugins.workbenchcredentials.preview.testing.SecretWatch;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI end to end: {@code java -jar workbench.jar} as a real process, every command and exit code. */
class CliIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private final SecretWatch secrets = new SecretWatch();
    private Cli cli;
    private String token;
    private String password;

    @BeforeEach
    void setUp() {
        cli = new Cli(home, secrets);
        token = secrets.secret("ghp_cliTestToken0123456789abcdefXYZ");
        password = secrets.secret("registry-Pa55word-4567");
        secrets.secret(Kubeconfigs.DEV_TOKEN);
        secrets.secret(Kubeconfigs.PROD_TOKEN);
    }

    @Test
    void createsListsGetsUpdatesAndDeletesEveryType() throws Exception {
        assertThat(cli.run("list").out()).contains("No credentials yet.");

        ok(cli.runWithInput(
                token + "\n", "create", "--type", "secret-text", "--id", "gh-token", "--description", "GitHub API"));
        ok(cli.runWithInput(
                password, "create", "--type", "username-password", "--id", "registry", "--username", "ci-bot"));
        Result kube = cli.runWithInput(
                Kubeconfigs.twoContexts(),
                "create",
                "--type",
                "kubeconfig",
                "--id",
                "prod-kube",
                "--context",
                "prod",
                "--namespace",
                "ops");
        ok(kube);
        assertThat(kube.out()).contains("Created kubeconfig credential \"prod-kube\".");

        Result table = ok(cli.run("list"));
        assertThat(table.out().lines().findFirst().orElseThrow()).contains("ID", "TYPE", "DESCRIPTION", "LAST USED");
        assertThat(table.out()).contains("gh-token", "GitHub API", "user ci-bot", "context prod @ prod-cluster");

        JsonNode all = JSON.readTree(ok(cli.run("list", "--json")).out());
        assertThat(all).hasSize(3);
        assertThat(all.get(0).get("id").asText()).as("newest first").isEqualTo("prod-kube");
        assertThat(JSON.readTree(ok(cli.run("list", "--type", "username-password", "--json"))
                        .out()))
                .extracting(n -> n.get("id").asText())
                .containsExactly("registry");
        assertThat(JSON.readTree(
                        ok(cli.run("list", "--query", "github", "--json")).out()))
                .extracting(n -> n.get("id").asText())
                .containsExactly("gh-token");
        assertThat(cli.run("list", "--query", "nothing-like-this").out()).contains("No credential matches.");

        JsonNode kubeView =
                JSON.readTree(ok(cli.run("get", "prod-kube", "--json")).out());
        assertThat(kubeView.at("/kubeconfig/context").asText()).isEqualTo("prod");
        assertThat(kubeView.at("/kubeconfig/namespace").asText()).isEqualTo("ops");
        assertThat(kubeView.at("/kubeconfig/earliestExpiry/notAfter").asText())
                .isEqualTo(Kubeconfigs.PROD_EXPIRY.toString());
        Result readable = ok(cli.run("get", "registry"));
        assertThat(readable.out()).contains("Username:", "ci-bot", "Revision:          1");

        // The token was stored without the line break that ended the input.
        assertThat(ok(cli.run(
                                "exec",
                                "--id",
                                "gh-token",
                                "--",
                                "sh",
                                "-c",
                                "test \"$TOKEN\" = \"$(printf '%s' 'ghp_cliTestToken0123456789' 'abcdefXYZ')\" && echo stored-exactly"))
                        .out())
                .contains("stored-exactly");

        String newPassword = secrets.secret("a-N3w-registry-password");
        ok(cli.runWithInput(newPassword + "\n", "update", "registry", "--description", "Docker Hub"));
        ok(cli.run("update", "registry", "--username", "ci-bot-2"));
        JsonNode updated =
                JSON.readTree(ok(cli.run("get", "registry", "--json")).out());
        assertThat(updated.get("description").asText()).isEqualTo("Docker Hub");
        assertThat(updated.get("username").asText()).isEqualTo("ci-bot-2");
        assertThat(updated.get("revision").asInt()).isEqualTo(3);
        assertThat(ok(cli.run(
                                "exec",
                                "--id",
                                "registry",
                                "--",
                                "sh",
                                "-c",
                                "test \"$PASSWORD\" = \"$(printf '%s' 'a-N3w-registry' '-password')\" && echo kept-the-new-one"))
                        .out())
                .contains("kept-the-new-one");

        ok(cli.run("delete", "gh-token", "--force"));
        ok(cli.run("delete", "registry", "--force"));
        ok(cli.run("delete", "prod-kube"));
        assertThat(cli.run("list").out()).contains("No credentials yet.");
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        assertThat(cli.run().exitCode()).isEqualTo(2);
        assertThat(cli.run("frobnicate").exitCode()).isEqualTo(2);
        assertThat(cli.run("list", "--no-such-option").exitCode()).isEqualTo(2);
        Result missingType = cli.run("create", "--id", "x");
        assertThat(missingType.exitCode()).isEqualTo(2);
        assertThat(missingType.err()).contains("--type");
        assertThat(cli.run("get").exitCode()).isEqualTo(2);
        assertThat(cli.run("exec", "--id", "x").exitCode()).isEqualTo(2);
        assertThat(cli.run("serve", "--port", "70000").exitCode()).isEqualTo(2);
        assertThat(cli.run("serve", "--port", "eighty").exitCode()).isEqualTo(2);
        assertThat(ok(cli.run("--help")).out()).contains("Exit codes");
        assertThat(ok(cli.run("create", "--help")).out()).contains("--type");
    }

    @Test
    void badInputExitsWithThreeAndNamesTheProblem() throws Exception {
        Result badId = cli.runWithInput(token, "create", "--type", "secret-text", "--id", "my token");
        assertThat(badId.exitCode()).isEqualTo(3);
        assertThat(badId.err()).contains("ID may contain only", "space at position 3");

        Result unknownType = cli.runWithInput(token, "create", "--type", "ssh-key", "--id", "deploy-key");
        assertThat(unknownType.exitCode()).isEqualTo(3);
        assertThat(unknownType.err())
                .contains("Unknown credential type \"ssh-key\"", "username-password, secret-text, kubeconfig");

        Result longDescription = cli.runWithInput(
                token, "create", "--type", "secret-text", "--id", "gh-token", "--description", "d".repeat(1025));
        assertThat(longDescription.exitCode()).isEqualTo(3);
        assertThat(longDescription.err()).contains("\"description\" is longer than 1,024 characters");

        Result longId = cli.runWithInput(token, "create", "--type", "secret-text", "--id", "i".repeat(129));
        assertThat(longId.exitCode()).isEqualTo(3);
        assertThat(longId.err()).contains("longer than 128");

        Result hugeToken =
                cli.runWithInput("t".repeat(64 * 1024 + 1), "create", "--type", "secret-text", "--id", "big");
        assertThat(hugeToken.exitCode()).isEqualTo(3);
        assertThat(hugeToken.err()).contains("\"token\" is larger than 65");

        Result hugeKubeconfig =
                cli.runWithInput(new byte[1024 * 1024 + 1], "create", "--type", "kubeconfig", "--id", "big");
        assertThat(hugeKubeconfig.exitCode()).isEqualTo(3);
        assertThat(hugeKubeconfig.err()).contains("\"kubeconfig\" is larger than");

        Result noSecret = cli.run("create", "--type", "secret-text", "--id", "empty");
        assertThat(noSecret.exitCode()).isEqualTo(3);
        assertThat(noSecret.err()).contains("\"token\" is required");

        Result notUtf8 = cli.runWithInput(
                new byte[] {'a', 'b', (byte) 0xC3, '(', 'c'}, "create", "--type", "secret-text", "--id", "latin");
        assertThat(notUtf8.exitCode()).isEqualTo(3);
        assertThat(notUtf8.err()).contains("not valid UTF-8");

        Result wrongField =
                cli.runWithInput(token, "create", "--type", "secret-text", "--id", "gh", "--username", "me");
        assertThat(wrongField.exitCode()).isEqualTo(3);
        assertThat(wrongField.err()).contains("\"username\" does not apply to a secret-text credential");

        Result notYaml =
                cli.runWithInput("clusters: [unclosed\n  - {", "create", "--type", "kubeconfig", "--id", "kube");
        assertThat(notYaml.exitCode()).isEqualTo(3);
        assertThat(notYaml.err()).contains("not valid YAML");

        Result broken = cli.runWithInput(Kubeconfigs.broken(), "create", "--type", "kubeconfig", "--id", "kube");
        assertThat(broken.exitCode()).isEqualTo(3);
        assertThat(broken.err()).contains("refers to cluster \"nowhere\"");

        Result noContext = cli.runWithInput(
                Kubeconfigs.twoContexts(), "create", "--type", "kubeconfig", "--id", "kube", "--context", "staging");
        assertThat(noContext.exitCode()).isEqualTo(3);
        assertThat(noContext.err()).contains("Context \"staging\" does not exist", "dev, prod");

        Result badNamespace = cli.runWithInput(
                Kubeconfigs.twoContexts(),
                "create",
                "--type",
                "kubeconfig",
                "--id",
                "kube",
                "--namespace",
                "Not_Valid");
        assertThat(badNamespace.exitCode()).isEqualTo(3);
        assertThat(badNamespace.err()).contains("Namespace \"Not_Valid\" is not valid");

        assertThat(cli.run("list", "--type", "password").exitCode()).isEqualTo(3);

        Result noFolder = cli.run("--pipelines", home.resolve("no-such-folder").toString(), "list");
        assertThat(noFolder.exitCode()).isEqualTo(3);
        assertThat(noFolder.err()).contains("no-such-folder", "does not exist");

        ok(cli.runWithInput(token, "create", "--type", "secret-text", "--id", "gh-token"));
        Result otherType = cli.run("update", "gh-token", "--type", "kubeconfig");
        assertThat(otherType.exitCode()).isEqualTo(3);
        assertThat(otherType.err()).contains("type cannot be changed");
        Result otherId = cli.run("update", "gh-token", "--id", "renamed");
        assertThat(otherId.exitCode()).isEqualTo(3);
        assertThat(otherId.err()).contains("ID cannot be changed");

        JsonNode stored = JSON.readTree(ok(cli.run("list", "--json")).out());
        assertThat(stored).extracting(n -> n.get("id").asText()).containsExactly("gh-token");
        assertThat(stored.get(0).get("revision").asInt())
                .as("refused changes change nothing")
                .isEqualTo(1);
    }

    @Test
    void missingCredentialsExitWithFour() throws Exception {
        for (String[] args : new String[][] {
            {"get", "nope"},
            {"update", "nope", "--description", "x"},
            {"delete", "nope"},
            {"where-used", "nope"},
            {"exec", "--id", "nope", "--", "true"}
        }) {
            Result result = cli.run(args);
            assertThat(result.exitCode()).as(String.join(" ", args)).isEqualTo(4);
            assertThat(result.err()).contains("No credential with ID \"nope\"");
        }
    }

    @Test
    void aDuplicateIdExitsWithFive() throws Exception {
        ok(cli.runWithInput(token, "create", "--type", "secret-text", "--id", "gh-token"));
        Result duplicate =
                cli.runWithInput("another-token-value", "create", "--type", "secret-text", "--id", "gh-token");
        assertThat(duplicate.exitCode()).isEqualTo(5);
        assertThat(duplicate.err()).contains("\"gh-token\" already exists");
    }

    @Test
    void whereUsedAndTheDeleteGuardSeeJenkinsfilesAndRecordedUses() throws Exception {
        Path pipelines = Files.createDirectories(home.resolve("pipelines"));
        Files.createDirectories(pipelines.resolve("ci"));
        Files.writeString(
                pipelines.resolve("ci/Jenkinsfile"),
                "pipeline { agent any; stages { stage('x') { steps { withWorkbenchCredential('gh-token') { sh 'make' } } } } }");
        Files.writeString(
                pipelines.resolve("release.groovy"), "withWorkbenchCredential(id: \"gh-token\") { sh 'release' }");
        Files.writeString(pipelines.resolve("README.md"), "uses 'gh-token' too, but is no pipeline");
        Files.createDirectories(pipelines.resolve(".git"));
        Files.writeString(pipelines.resolve(".git/Jenkinsfile"), "'gh-token'");
        ok(cli.runWithInput(token, "create", "--type", "secret-text", "--id", "gh-token"));
        String withPipelines = "--pipelines=" + pipelines;

        Result whereUsed = ok(cli.run(withPipelines, "where-used", "gh-token"));
        assertThat(whereUsed.out()).contains("ci/Jenkinsfile (Jenkinsfile)", "release.groovy (Jenkinsfile)");
        assertThat(whereUsed.out()).doesNotContain("README.md", ".git");
        assertThat(whereUsed.out())
                .contains("Note: Only Jenkinsfiles under "
                        + pipelines.toAbsolutePath().normalize());

        Result refused = cli.run(withPipelines, "delete", "gh-token");
        assertThat(refused.exitCode()).isEqualTo(5);
        assertThat(refused.err()).contains("ci/Jenkinsfile", "release.groovy", "--force");

        // Without the folder, only the uses exec records count.
        assertThat(ok(cli.run("where-used", "gh-token")).out()).contains("Nothing is known to use", "--pipelines");
        ok(cli.run("exec", "--id", "gh-token", "--consumer", "nightly", "--", "true"));
        ok(cli.run("exec", "--id", "gh-token", "--consumer", "nightly", "--", "true"));
        ok(cli.run("exec", "--id", "gh-token", "--", "true"));
        Result recorded = ok(cli.run("where-used", "gh-token"));
        assertThat(recorded.out()).contains("Used by (newest first):", "nightly #2", "true #1");
        JsonNode json =
                JSON.readTree(ok(cli.run("where-used", "gh-token", "--json")).out());
        assertThat(json.get("uses")).extracting(u -> u.get("consumer").asText()).containsExactly("true", "nightly");

        Result stillRefused = cli.run("delete", "gh-token");
        assertThat(stillRefused.exitCode()).isEqualTo(5);
        assertThat(stillRefused.err()).contains("nightly");

        Result forced = ok(cli.run(withPipelines, "delete", "gh-token", "--force"));
        assertThat(forced.out()).contains("Deleted credential \"gh-token\".");
        assertThat(forced.err()).contains("ci/Jenkinsfile", "nightly");
        assertThat(cli.run("where-used", "gh-token").exitCode()).isEqualTo(4);
    }

    @Test
    void validateKubeconfigPrintsContextsProblemsAndExpiry() throws Exception {
        Result valid = ok(cli.runWithInput(Kubeconfigs.twoContexts(), "validate-kubeconfig"));
        assertThat(valid.out())
                .contains(
                        "The kubeconfig is valid.",
                        "* dev: cluster dev-cluster (https://dev.example.com:6443), user dev-user, namespace default",
                        "prod: cluster prod-cluster",
                        "Earliest expiry: ");
        JsonNode json = JSON.readTree(ok(cli.runWithInput(Kubeconfigs.twoContexts(), "validate-kubeconfig", "--json"))
                .out());
        assertThat(json.at("/summary/earliestExpiry/notAfter").asText()).isEqualTo(Kubeconfigs.PROD_EXPIRY.toString());
        assertThat(json.at("/summary/earliestExpiry/user").asText()).isEqualTo("prod-user");

        Result invalid = cli.runWithInput(Kubeconfigs.broken(), "validate-kubeconfig");
        assertThat(invalid.exitCode()).isEqualTo(3);
        assertThat(invalid.out()).contains("The kubeconfig is not valid.", "Errors:", "\"nowhere\"");
        assertThat(invalid.out()).doesNotContain("broken-token-0123456789");

        Result empty = cli.run("validate-kubeconfig");
        assertThat(empty.exitCode()).isEqualTo(3);
        assertThat(empty.err()).contains("\"kubeconfig\" is required");
    }

    @Test
    void aDamagedStoreExitsWithOneNamingTheFileAndIsKept() throws Exception {
        ok(cli.runWithInput(token, "create", "--type", "secret-text", "--id", "gh-token"));
        Path file = home.resolve("credentials.wbc");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 3] ^= 0x10;
        Files.write(file, bytes);

        for (Result result : new Result[] {
            cli.run("list"), cli.runWithInput("other-token-value", "create", "--type", "secret-text", "--id", "more")
        }) {
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err()).contains(file.toString(), "cannot be decrypted", "left unchanged");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @Test
    void theHomeFolderComesFromTheEnvironmentWhenNotGiven() throws Exception {
        ProcessBuilder builder =
                new ProcessBuilder(Jvm.jar(List.of("create", "--type", "secret-text", "--id", "from-env")));
        builder.environment().put("WORKBENCH_HOME", home.resolve("env-home").toString());
        Process process = builder.redirectErrorStream(true).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(token.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        assertThat(home.resolve("env-home/credentials.wbc")).exists();
        secrets.assertNoneIn(output);
    }

    private static Result ok(Result result) {
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result;
    }
}
