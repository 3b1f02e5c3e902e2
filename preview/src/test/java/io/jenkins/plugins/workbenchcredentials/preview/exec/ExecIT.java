package io.jenkins.plugins.workbenchcredentials.preview.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.workbenchcredentials.preview.testing.Cli;
import io.jenkins.plugins.workbenchcredentials.preview.testing.Cli.Result;
import io.jenkins.plugins.workbenchcredentials.preview.testing.Kubeconfigs;
import io.jenkins.plugins.workbenchcredentials.preview.testing.SecretWatch;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code workbench exec} as a real process: binding, masking, exit codes, and files removed however it ends. */
class ExecIT {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path home;

    private final SecretWatch secrets = new SecretWatch();
    private Cli cli;
    private String token;
    private Process running;

    @BeforeEach
    void credentials() throws Exception {
        cli = new Cli(home, secrets);
        token = secrets.secret("s3cr3t-Exec-Token-0123456789");
        String password = secrets.secret("registry-Pa55word-98765");
        secrets.secret(Kubeconfigs.DEV_TOKEN);
        secrets.secret(Kubeconfigs.PROD_TOKEN);
        ok(cli.runWithInput(token, "create", "--type", "secret-text", "--id", "gh-token"));
        ok(cli.runWithInput(
                password, "create", "--type", "username-password", "--id", "registry", "--username", "ci-bot"));
        ok(cli.runWithInput(
                Kubeconfigs.twoContexts(), "create", "--type", "kubeconfig", "--id", "prod-kube", "--context", "prod"));
    }

    @AfterEach
    void stopWhatIsStillRunning() {
        if (running != null && running.isAlive()) {
            running.descendants().forEach(ProcessHandle::destroyForcibly);
            running.destroyForcibly();
        }
    }

    @Test
    void masksTheSecretItsBase64AndAKubeconfigTokenOnBothStreams() throws Exception {
        // The watch fails any of these runs whose output holds a secret, raw or Base64-encoded.
        Result text = ok(cli.run(
                "exec",
                "--id",
                "gh-token",
                "--",
                "sh",
                "-c",
                "echo \"raw=$TOKEN\"; printf '%s' \"$TOKEN\" | base64; echo \"err=$TOKEN\" >&2;"
                        + " printf '%s' \"$TOKEN\" | base64 >&2; echo \"quoted='$TOKEN'\""));
        assertThat(text.out()).contains("raw=****", "quoted='****'");
        assertThat(text.err()).contains("err=****");
        assertThat(text.out().lines()).contains("****");

        Result kube = ok(cli.run(
                "exec",
                "--id",
                "prod-kube",
                "--",
                "sh",
                "-c",
                "cat \"$KUBECONFIG\"; grep 'token:' \"$KUBECONFIG\" >&2"));
        assertThat(kube.out())
                .contains("current-context: prod", "server: https://prod.example.com:6443", "token: ****");
        assertThat(kube.err()).contains("token: ****");

        Result account = ok(cli.run("exec", "--id", "registry", "--", "sh", "-c", "echo \"$USERNAME:$PASSWORD\""));
        assertThat(account.out()).contains("ci-bot:****");
    }

    @Test
    void outputArrivesWhileTheCommandStillRuns() throws Exception {
        running = cli.builder("exec", "--id", "gh-token", "--", "sh", "-c", "echo \"first $TOKEN\"; sleep 60")
                .start();
        BufferedReader out = reader(running);
        assertThat(readLine(out)).isEqualTo("first ****");
        assertThat(running.isAlive()).as("the command is still sleeping").isTrue();
    }

    @Test
    void passesTheExitCodeOnAndRemovesTheFilesHoweverTheCommandEnds() throws Exception {
        record Ending(String script, int exitCode) {}
        for (Ending ending : List.of(
                new Ending("exit 0", 0),
                new Ending("exit 7", 7),
                new Ending("kill -KILL $$", 128 + 9),
                new Ending("kill -TERM $$", 128 + 15))) {
            Result result = cli.run(
                    "exec",
                    "--id",
                    "prod-kube",
                    "--",
                    "sh",
                    "-c",
                    "echo \"$KUBECONFIG\"; test -f \"$KUBECONFIG\" && echo present; " + ending.script());
            assertThat(result.exitCode()).as(ending.script() + "\n" + result).isEqualTo(ending.exitCode());
            List<String> lines = result.out().lines().toList();
            assertThat(lines).contains("present");
            Path kubeconfig = Path.of(lines.get(0));
            assertThat(kubeconfig).startsWithRaw(home.resolve("tmp")).doesNotExist();
            assertThat(bindingFolders()).as("after " + ending.script()).isEmpty();
        }
    }

    @Test
    void whenExecIsToldToStopItStopsTheCommandAndRemovesTheFiles() throws Exception {
        for (String signal : List.of("TERM", "INT")) {
            running = cli.builder(
                            "exec", "--id", "prod-kube", "--", "sh", "-c", "echo \"$$ $KUBECONFIG\"; sleep 60 & wait")
                    .start();
            String[] started = readLine(reader(running)).split(" ");
            ProcessHandle command = ProcessHandle.of(Long.parseLong(started[0])).orElseThrow();
            Path kubeconfig = Path.of(started[1]);
            assertThat(kubeconfig).exists();
            List<ProcessHandle> sleeping = command.descendants().toList();

            signal(running.pid(), signal);
            assertThat(running.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(running.exitValue()).isEqualTo(signal.equals("TERM") ? 128 + 15 : 128 + 2);
            assertThat(kubeconfig).doesNotExist();
            assertThat(bindingFolders()).isEmpty();
            awaitGone(command);
            sleeping.forEach(this::awaitGone);
        }
    }

    @Test
    void theNextExecRemovesWhatAnExecKilledOutrightLeft() throws Exception {
        running = cli.builder("exec", "--id", "prod-kube", "--", "sh", "-c", "echo \"$$ $KUBECONFIG\"; sleep 60")
                .start();
        String[] started = readLine(reader(running)).split(" ");
        ProcessHandle command = ProcessHandle.of(Long.parseLong(started[0])).orElseThrow();
        Path kubeconfig = Path.of(started[1]);
        running.destroyForcibly(); // SIGKILL: nothing of this process can run any more
        running.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        command.descendants().forEach(ProcessHandle::destroyForcibly);
        command.destroyForcibly();
        awaitGone(command);
        assertThat(kubeconfig).as("left behind, as nothing could remove it").exists();

        ok(cli.run("exec", "--id", "gh-token", "--", "true"));
        assertThat(kubeconfig).doesNotExist();
        assertThat(bindingFolders()).isEmpty();
    }

    @Test
    void bindsUnderTheVariablesAndTheContextAskedFor() throws Exception {
        assertThat(ok(cli.run(
                                "exec",
                                "--id",
                                "registry",
                                "--username-variable",
                                "REGISTRY_USER",
                                "--password-variable",
                                "REGISTRY_PASSWORD",
                                "--",
                                "sh",
                                "-c",
                                "echo \"$REGISTRY_USER/${USERNAME:-no-USERNAME}\"; test -n \"$REGISTRY_PASSWORD\" && echo has-password"))
                        .out())
                .contains("ci-bot/no-USERNAME", "has-password");
        assertThat(ok(cli.run(
                                "exec",
                                "--id",
                                "gh-token",
                                "--variable",
                                "GH_TOKEN",
                                "--",
                                "sh",
                                "-c",
                                "echo \"$GH_TOKEN ${TOKEN:-no-TOKEN}\""))
                        .out())
                .contains("**** no-TOKEN");
        assertThat(ok(cli.run(
                                "exec",
                                "--id",
                                "prod-kube",
                                "--context",
                                "dev",
                                "--namespace",
                                "ops",
                                "--",
                                "sh",
                                "-c",
                                "grep -E 'current-context|namespace' \"$KUBECONFIG\""))
                        .out())
                .contains("current-context: dev", "namespace: ops");
    }

    @Test
    void refusesWhatCannotBeBound() throws Exception {
        Result noContext = cli.run("exec", "--id", "prod-kube", "--context", "staging", "--", "true");
        assertThat(noContext.exitCode()).isEqualTo(3);
        assertThat(noContext.err()).contains("Context \"staging\" does not exist", "dev, prod");

        Result wrongOption = cli.run("exec", "--id", "gh-token", "--context", "dev", "--", "true");
        assertThat(wrongOption.exitCode()).isEqualTo(3);
        assertThat(wrongOption.err()).contains("\"context\" does not apply to a secret-text credential");

        Result badVariable = cli.run("exec", "--id", "gh-token", "--variable", "1TOKEN", "--", "true");
        assertThat(badVariable.exitCode()).isEqualTo(3);
        assertThat(badVariable.err()).contains("\"variable\" must be an environment variable name");

        Result blankConsumer = cli.run("exec", "--id", "gh-token", "--consumer", " ", "--", "true");
        assertThat(blankConsumer.exitCode()).isEqualTo(3);

        Result noCommand = cli.run("exec", "--id", "gh-token", "--", "no-such-command-for-workbench");
        assertThat(noCommand.exitCode()).isEqualTo(1);
        assertThat(noCommand.err()).contains("\"no-such-command-for-workbench\" could not be started");
        assertThat(bindingFolders()).isEmpty();
    }

    private List<Path> bindingFolders() throws IOException {
        Path tmp = home.resolve("tmp");
        if (!Files.exists(tmp)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(tmp)) {
            return entries.toList();
        }
    }

    private static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    private static String readLine(BufferedReader reader) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
                    try {
                        return reader.readLine();
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    private static void signal(long pid, String signal) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(pid))
                .inheritIO()
                .start();
        assertThat(kill.waitFor()).isZero();
    }

    private void awaitGone(ProcessHandle process) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertThat(process.isAlive())
                .as("process " + process.pid() + " still running")
                .isFalse();
    }

    private static Result ok(Result result) {
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result;
    }
}
