package io.jenkins.plugins.workbenchcredentials.bench;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Realistic build-log text: Maven, Gradle, Spring Boot, docker and kubectl lines, with a line that
 * carries a secret (plain, Base64 in a Basic header, URL-encoded in a URL, JSON-escaped, bash-traced)
 * now and then. Deterministic for a given seed, so every case runs on the same kind of text.
 */
final class BuildLogGenerator {
    private static final String SECRET_CHARS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~!@#$%^&+=/:";
    private static final String[] GROUPS = {
        "org/apache/commons",
        "com/fasterxml/jackson/core",
        "io/netty",
        "org/springframework/boot",
        "com/google/guava",
        "org/junit/jupiter",
        "io/micrometer",
        "org/slf4j"
    };
    private static final String[] ARTIFACTS = {
        "commons-lang3",
        "jackson-databind",
        "netty-handler",
        "spring-boot-starter-web",
        "guava",
        "junit-jupiter-api",
        "micrometer-core",
        "slf4j-api",
        "billing-api",
        "orders-service",
        "web-frontend",
        "payment-gateway"
    };
    private static final String[] CLASSES = {
        "OrderService",
        "BillingController",
        "UserRepository",
        "PaymentGateway",
        "InventoryClient",
        "ReportScheduler",
        "AuthFilter",
        "CacheConfig"
    };
    private static final String[] NAMESPACES = {"prod", "staging", "web", "payments", "monitoring"};
    private static final String HEX = "0123456789abcdef";

    /** One line in this many carries a secret. */
    private static final int SECRET_LINE_EVERY = 400;

    private final Random random;
    private final List<String> secrets;

    BuildLogGenerator(long seed, List<String> secrets) {
        this.random = new Random(seed);
        this.secrets = secrets;
    }

    static List<String> randomSecrets(int count, long seed) {
        Random random = new Random(seed);
        List<String> secrets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int length = 20 + random.nextInt(21);
            StringBuilder secret = new StringBuilder(length);
            for (int j = 0; j < length; j++) {
                secret.append(SECRET_CHARS.charAt(random.nextInt(SECRET_CHARS.length())));
            }
            secrets.add(secret.toString());
        }
        return secrets;
    }

    /** The log, and the offsets where its lines start (one more entry: the end). */
    record Log(byte[] bytes, int[] lineStarts) {
        int lineCount() {
            return lineStarts.length - 1;
        }

        /** The number of whole lines that fit in {@code bytes}. */
        int linesWithin(long bytes) {
            int lines = 0;
            while (lines < lineCount() && lineStarts[lines + 1] <= bytes) {
                lines++;
            }
            return Math.max(1, lines);
        }
    }

    Log generate(int targetBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(targetBytes + 1024);
        List<Integer> starts = new ArrayList<>();
        int line = 0;
        while (out.size() < targetBytes) {
            starts.add(out.size());
            String text = ++line % SECRET_LINE_EVERY == 0 && !secrets.isEmpty() ? secretLine() : ordinaryLine();
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        starts.add(out.size());
        return new Log(
                out.toByteArray(), starts.stream().mapToInt(Integer::intValue).toArray());
    }

    private String ordinaryLine() {
        String artifact = pick(ARTIFACTS);
        String version = (1 + random.nextInt(5)) + "." + random.nextInt(20) + "." + random.nextInt(10);
        return switch (random.nextInt(15)) {
            case 0 ->
                "[INFO] Downloading from central: https://repo.maven.apache.org/maven2/" + pick(GROUPS) + "/" + artifact
                        + "/" + version + "/" + artifact + "-" + version + ".pom";
            case 1 ->
                "[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/" + pick(GROUPS) + "/"
                        + artifact + "/" + version + "/" + artifact + "-" + version + ".jar (" + random.nextInt(900)
                        + " kB at " + random.nextInt(9000) + " kB/s)";
            case 2 -> "[INFO] --- maven-compiler-plugin:3.13.0:compile (default-compile) @ " + artifact + " ---";
            case 3 ->
                "[INFO] Tests run: " + random.nextInt(300) + ", Failures: 0, Errors: 0, Skipped: "
                        + random.nextInt(3) + ", Time elapsed: " + random.nextInt(20) + "." + random.nextInt(1000)
                        + " s -- in com.example." + pick(CLASSES) + "Test";
            case 4 ->
                "> Task :" + artifact + ":"
                        + pick(new String[] {"compileJava", "processResources", "classes", "test", "jar"})
                        + (random.nextBoolean() ? " UP-TO-DATE" : "");
            case 5 ->
                "2025-03-" + (10 + random.nextInt(18)) + "T12:" + (10 + random.nextInt(50)) + ":"
                        + (10 + random.nextInt(50)) + "." + random.nextInt(1000) + "Z  INFO 1 --- [main] com.example."
                        + pick(CLASSES) + " : Started " + pick(CLASSES) + " in " + random.nextInt(30) + "."
                        + random.nextInt(1000) + " seconds (process running for " + random.nextInt(40) + ")";
            case 6 -> "deployment.apps/" + artifact + (random.nextBoolean() ? " configured" : " unchanged");
            case 7 ->
                artifact + "-" + hex(10) + "-" + hex(5) + "   1/1     Running   0          " + random.nextInt(60) + "m";
            case 8 ->
                "Step " + (1 + random.nextInt(12)) + "/12 : RUN apt-get update && apt-get install -y"
                        + " --no-install-recommends curl ca-certificates";
            case 9 -> " ---> Running in " + hex(12);
            case 10 ->
                "#" + random.nextInt(20) + " [build " + random.nextInt(9) + "/9] COPY --from=builder"
                        + " /workspace/target/" + artifact + ".jar /app/app.jar";
            case 11 -> hex(12) + ": Pushed";
            case 12 -> "latest: digest: sha256:" + hex(64) + " size: " + (1000 + random.nextInt(2000));
            case 13 -> "+ kubectl apply -f k8s/" + artifact + ".yaml --namespace " + pick(NAMESPACES);
            default ->
                "[WARNING] The POM for com.example:" + artifact + ":jar:" + version
                        + " is missing, no dependency information available";
        };
    }

    private String secretLine() {
        String secret = pick(secrets.toArray(new String[0]));
        return switch (random.nextInt(5)) {
            case 0 -> "+ docker login -u deployer -p " + secret + " registry.example.com";
            case 1 ->
                "> Authorization: Basic "
                        + Base64.getEncoder()
                                .encodeToString(("deployer" + ":".repeat(1 + random.nextInt(3)) + secret)
                                        .getBytes(StandardCharsets.UTF_8));
            case 2 ->
                "Cloning into 'repo'... https://ci:" + URLEncoder.encode(secret, StandardCharsets.UTF_8)
                        + "@git.example.com/org/" + pick(ARTIFACTS) + ".git";
            case 3 ->
                "{\"user\":\"ci\",\"token\":\"" + secret.replace("\\", "\\\\").replace("\"", "\\\"")
                        + "\",\"scope\":\"deploy\"}";
            default -> "+ curl -sf -H 'Authorization: Bearer " + secret + "' https://api.example.com/v1/deploy";
        };
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private String hex(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(HEX.charAt(random.nextInt(16)));
        }
        return out.toString();
    }
}
