package io.jenkins.plugins.workbenchcredentials.preview.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code java -jar workbench.jar} as a real process with a given home folder and standard input,
 * and hands every output it sees to a {@link SecretWatch}, so no test can forget to check for leaks.
 */
public final class Cli {
    private static final long TIMEOUT_SECONDS = 120;

    private final Path home;
    private final SecretWatch secrets;

    public record Result(int exitCode, String out, String err) {
        public String all() {
            return out + err;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    public Cli(Path home, SecretWatch secrets) {
        this.home = home;
        this.secrets = secrets;
    }

    public Path home() {
        return home;
    }

    /** Runs with empty standard input. */
    public Result run(String... args) throws IOException, InterruptedException {
        return runWithInput(new byte[0], args);
    }

    public Result runWithInput(String stdin, String... args) throws IOException, InterruptedException {
        return runWithInput(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    public Result runWithInput(byte[] stdin, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("workbench-out", ".txt");
        Path err = Files.createTempFile("workbench-err", ".txt");
        try {
            Process process = builder(args)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(stdin);
            } catch (IOException e) {
                // The command stopped reading (e.g. it refused the input early): what it said counts.
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("workbench " + String.join(" ", args) + " did not finish");
            }
            Result result = new Result(
                    process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            secrets.assertNoneIn(result.all());
            return result;
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** A process to drive by hand (serve, a long exec); its output is the caller's to check. */
    public ProcessBuilder builder(String... args) {
        List<String> all = new ArrayList<>();
        all.add("--home");
        all.add(home.toString());
        all.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(Jvm.jar(all));
        Map<String, String> environment = builder.environment();
        environment.remove("WORKBENCH_HOME");
        return builder;
    }
}
