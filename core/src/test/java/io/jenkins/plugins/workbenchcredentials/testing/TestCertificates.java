package io.jenkins.plugins.workbenchcredentials.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Real X.509 client certificates for tests, made by the JDK's {@code keytool} with a chosen validity, so
 * the expected {@code notAfter} is known without reading the certificate back.
 */
public final class TestCertificates {
    private static final char[] STORE_PASSWORD = "changeit".toCharArray();
    private static final DateTimeFormatter KEYTOOL_DATE =
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss").withZone(ZoneOffset.UTC);

    /** A certificate and its key, as kubeconfig {@code *-data} values (Base64 of PEM). */
    public record ClientCertificate(Instant notAfter, String certificateData, String keyData, String keyPem) {}

    private TestCertificates() {}

    public static ClientCertificate generate(String commonName, Instant notBefore, int validityDays) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("kubeconfig-cert");
            Path store = dir.resolve("client.p12");
            keytool(
                    "-genkeypair",
                    "-keyalg",
                    "EC",
                    "-groupname",
                    "secp256r1",
                    "-alias",
                    "client",
                    "-dname",
                    "CN=" + commonName + ",O=system:masters",
                    "-keystore",
                    store.toString(),
                    "-storetype",
                    "PKCS12",
                    "-storepass",
                    new String(STORE_PASSWORD),
                    "-startdate",
                    KEYTOOL_DATE.format(notBefore),
                    "-validity",
                    Integer.toString(validityDays),
                    "-J-Duser.timezone=UTC");
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keyStore.load(in, STORE_PASSWORD);
            }
            String certPem =
                    pem("CERTIFICATE", keyStore.getCertificate("client").getEncoded());
            String keyPem =
                    pem("PRIVATE KEY", keyStore.getKey("client", STORE_PASSWORD).getEncoded());
            return new ClientCertificate(
                    notBefore.plus(Duration.ofDays(validityDays)), base64(certPem), base64(keyPem), keyPem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(dir);
        }
    }

    public static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static void keytool(String... args) throws IOException {
        String executable = Path.of(
                        System.getProperty("java.home"),
                        "bin",
                        System.getProperty("os.name").startsWith("Windows") ? "keytool.exe" : "keytool")
                .toString();
        List<String> command =
                Stream.concat(Stream.of(executable), Stream.of(args)).toList();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            process.destroy();
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temp directory holds only a throwaway test key
        }
    }
}
