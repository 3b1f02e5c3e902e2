package io.jenkins.plugins.workbenchcredentials.preview.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged preview as a user runs it: {@code serve --port 0} in a process of its own on a fresh home
 * folder, and CLI commands on the same folder (secrets on standard input, as the CLI requires).
 */
final class PreviewServer implements AutoCloseable {
    private static final Pattern PAGE_URL = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)#token=(\\S+)");
    private static final long START_TIMEOUT_SECONDS = 60;
    private static final long COMMAND_TIMEOUT_SECONDS = 60;

    private final Path home;
    private final Path pipelines;
    private final List<String> options;
    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final String baseUrl;
    private final String token;

    /** What a CLI command did. */
    record Result(int exitCode, String stdout, String stderr) {}

    private PreviewServer(Path home, Path pipelines, String... options) throws IOException, InterruptedException {
        this.home = home;
        this.pipelines = pipelines;
        this.options = List.of(options);
        List<String> command = command("serve", "--port", "0");
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        CompletableFuture<Matcher> address = new CompletableFuture<>();
        Thread reader = new Thread(() -> readOutput(process.getInputStream(), address), "preview-serve-output");
        reader.setDaemon(true);
        reader.start();
        Matcher matcher;
        try {
            matcher = address.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("serve printed no page address; its output was:\n" + output, e);
        }
        baseUrl = matcher.group(1);
        token = matcher.group(2);
    }

    /**
     * Starts {@code serve} on a new home folder; {@code pipelines} (may be null) is its Jenkinsfiles folder,
     * {@code options} more of the workbench's options (e.g. {@code --expiry-days 3}), for the server and the
     * CLI commands alike.
     */
    static PreviewServer start(Path pipelines, String... options) throws IOException, InterruptedException {
        return new PreviewServer(Files.createTempDirectory("workbench-home"), pipelines, options);
    }

    /** Starts {@code serve} on a home folder that already holds a store (e.g. one of an older format). */
    static PreviewServer startOn(Path home) throws IOException, InterruptedException {
        return new PreviewServer(home, null);
    }

    private void readOutput(InputStream in, CompletableFuture<Matcher> address) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.append(line).append('\n');
                Matcher matcher = PAGE_URL.matcher(line);
                if (matcher.find()) {
                    address.complete(matcher);
                }
            }
        } catch (IOException e) {
            address.completeExceptionally(e);
        }
        address.completeExceptionally(new IllegalStateException("serve ended"));
    }

    /** The address serve printed: the page, with the access token in the fragment. */
    String pageUrl() {
        return baseUrl + "#token=" + token;
    }

    String baseUrl() {
        return baseUrl;
    }

    String token() {
        return token;
    }

    /** Runs a CLI command on this server's home folder, {@code stdin} (may be empty) on its standard input. */
    Result cli(String stdin, String... arguments) {
        try {
            Process command = new ProcessBuilder(command(arguments)).start();
            CompletableFuture<String> stdout = drain(command.getInputStream());
            CompletableFuture<String> stderr = drain(command.getErrorStream());
            try (OutputStream in = command.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            if (!command.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                command.destroyForcibly();
                throw new IllegalStateException("workbench " + String.join(" ", arguments) + " did not end");
            }
            return new Result(command.exitValue(), stdout.join(), stderr.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs a CLI command that must succeed. */
    Result cliOk(String stdin, String... arguments) {
        Result result = cli(stdin, arguments);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("workbench " + String.join(" ", arguments) + " exited with "
                    + result.exitCode() + ": " + result.stderr());
        }
        return result;
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private List<String> command(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar().toString());
        command.add("--home");
        command.add(home.toString());
        if (pipelines != null) {
            command.add("--pipelines");
            command.add(pipelines.toString());
        }
        command.addAll(options);
        command.addAll(List.of(arguments));
        return command;
    }

    private static Path jar() {
        String configured = System.getProperty("workbench.jar");
        Path jar = configured != null
                ? Path.of(configured)
                : Path.of(System.getProperty("basedir", "."), "target", "workbench.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: the browser tests run after the package phase");
        }
        return jar;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
