package io.jenkins.plugins.workbenchcredentials.preview.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code workbench serve --port 0} as a real process: waits for the address it prints and takes the
 * port and token from it. On close, whatever the server printed is checked for secrets too.
 */
public final class ServerProcess implements AutoCloseable {
    private static final Pattern ADDRESS =
            Pattern.compile("^http://127\\.0\\.0\\.1:(\\d+)/#token=([A-Za-z0-9_-]+)$", Pattern.MULTILINE);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Process process;
    private final Path out;
    private final Path err;
    private final SecretWatch secrets;
    private final String url;
    private final int port;
    private final String token;

    private ServerProcess(Process process, Path out, Path err, SecretWatch secrets, Matcher address) {
        this.process = process;
        this.out = out;
        this.err = err;
        this.secrets = secrets;
        this.url = address.group();
        this.port = Integer.parseInt(address.group(1));
        this.token = address.group(2);
    }

    public static ServerProcess start(Cli cli, SecretWatch secrets, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("serve", "--port", "0"));
        args.addAll(List.of(extra));
        // Files, not pipes: stopping a process closes its pipes, and what it printed last must be checked.
        Path out = Files.createTempFile("workbench-serve", ".out");
        Path err = Files.createTempFile("workbench-serve", ".err");
        Process process = cli.builder(args.toArray(String[]::new))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            Matcher address = ADDRESS.matcher(Files.readString(out, StandardCharsets.UTF_8));
            if (address.find()) {
                return new ServerProcess(process, out, err, secrets, address);
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new AssertionError("serve printed no address:\n" + Files.readString(out) + Files.readString(err));
    }

    public String url() {
        return url;
    }

    public int port() {
        return port;
    }

    public String token() {
        return token;
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        String printed = Files.readString(out, StandardCharsets.UTF_8) + Files.readString(err, StandardCharsets.UTF_8);
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        secrets.assertNoneIn(printed);
    }
}
