package io.jenkins.plugins.workbenchcredentials.masking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A secret printed in hex by the real dump tools, at random places of their input, is masked: no line
 * of the masked dump, nor the dump with its separators taken out, holds the secret's hex; the dump
 * keeps its lines. Ordinary hex (commit ids, digests) passes unchanged.
 */
class HexDumpMaskingTest {
    private static final String SECRET = "ghp_Hex0Dump1Secret2Value3xyz";

    @ParameterizedTest
    @ValueSource(strings = {"xxd -p", "xxd -u -p", "od -An -tx1", "hexdump -C", "xxd"})
    void aDumpOfTheSecretAtAnyOffsetIsMasked(String tool) throws Exception {
        SecretMasker masker = SecretMasker.of(List.of(SECRET));
        Random random = new Random(7);
        int masked = 0;
        for (int trial = 0; trial < 40; trial++) {
            String secret =
                    tool.equals("hexdump -C") || tool.equals("xxd") ? SECRET.substring(0, 8 + trial % 7) : SECRET;
            byte[] input = withPadding(secret, random.nextInt(70), random.nextInt(40), random);
            String dump = run(tool, input);

            String out = masker.mask(dump);

            assertThat(out.lines().count()).as(tool).isEqualTo(dump.lines().count());
            if (!secret.equals(SECRET)) {
                // A prefix of the secret is no secret: only the whole secret's forms are masked.
                continue;
            }
            String digits = out.replaceAll("[\\s]", "").toLowerCase(Locale.ROOT);
            assertThat(digits).as(tool + " of " + input.length + " bytes").doesNotContain(hex(SECRET));
            masked++;
        }
        if (tool.equals("hexdump -C") || tool.equals("xxd")) {
            assertWithinALineIsMasked(tool);
        } else {
            assertThat(masked).isEqualTo(40);
        }
    }

    /** {@code hexdump -C} and plain {@code xxd} print offset and ASCII columns: a secret within one line is masked. */
    private static void assertWithinALineIsMasked(String tool) throws Exception {
        String secret = "S3cr3t-16-bytes!";
        SecretMasker masker = SecretMasker.of(List.of(secret));
        for (int offset = 0; offset < 16; offset++) {
            byte[] input = withPadding(secret, offset, 16 - offset, new Random(offset));
            String dump = run(tool, input);
            if (offset != 0) {
                continue; // a secret of one line's length fits in one line only at offset 0
            }
            String out = masker.mask(dump);
            assertThat(out).as(tool).doesNotContain(secret);
            assertThat(out.replaceAll("[ ]", "").toLowerCase(Locale.ROOT)).doesNotContain(hex(secret));
        }
    }

    @Test
    void ordinaryHexAndShortSecretsArePassedUnchanged() {
        SecretMasker masker = SecretMasker.of(List.of(SECRET, "short12"));
        String log =
                "commit 3f9c2a1e8b7d6c5f4a3b2c1d0e9f8a7b6c5d4e3f\nsha256 " + hex("short12") + hex("short12") + "\n";

        assertThat(masker.mask(log)).isEqualTo(log);
    }

    /**
     * A line ending in a few hex digits is written at once; only one ending in at least
     * {@link HexDumps#WRAP_DEPTH} digits of a secret's hex waits for the next write, which may go on
     * with the dump.
     */
    @Test
    void aLineEndingInHexIsHeldBackOnlyWhenItMayGoOnWithASecretsDump() throws Exception {
        SecretMasker masker = SecretMasker.of(List.of(SECRET));
        String start = hex(SECRET).substring(0, HexDumps.WRAP_DEPTH);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        OutputStream out = masker.wrap(sink);

        out.write(("size: " + start.substring(0, 4) + "\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        assertThat(sink.toString(StandardCharsets.US_ASCII)).isEqualTo("size: " + start.substring(0, 4) + "\n");

        out.write((start + "\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        assertThat(sink.toString(StandardCharsets.US_ASCII)).doesNotContain(start);
        out.write((hex(SECRET).substring(HexDumps.WRAP_DEPTH) + "\n").getBytes(StandardCharsets.US_ASCII));
        out.close();
        assertThat(sink.toString(StandardCharsets.US_ASCII)).isEqualTo("size: " + start.substring(0, 4) + "\n****\n\n");
    }

    @Test
    void aLongSecretKeepsItsUnwrappedForms() {
        String longSecret = "k".repeat(HexDumps.MAX_SUFFIXED_BYTES + 1);
        SecretMasker masker = SecretMasker.of(List.of(longSecret));

        assertThat(masker.mask("x" + hex(longSecret) + "y")).isEqualTo("x****y");
        assertThat(masker.mask(hex(longSecret).toUpperCase(Locale.ROOT))).isEqualTo("****");
        assertThat(HexDumps.of(longSecret.getBytes(StandardCharsets.UTF_8))).hasSize(4);
    }

    @Test
    void aSecretShorterThanEightBytesHasNoHexForms() {
        assertThat(HexDumps.of("seven77".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(HexDumps.of("eight888".getBytes(StandardCharsets.UTF_8))).isNotEmpty();
    }

    static String hex(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] withPadding(String secret, int before, int after, Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < before; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        text.append(secret);
        for (int i = 0; i < after; i++) {
            text.append((char) ('A' + random.nextInt(26)));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The tool's output for the input given on its standard input, never on its command line. */
    private static String run(String tool, byte[] input) throws IOException, InterruptedException {
        String program = tool.split(" ")[0];
        assumeTrue(new File("/usr/bin/" + program).canExecute(), program + " is not installed here");
        Process process = new ProcessBuilder(List.of(tool.split(" "))).start();
        try (var in = process.getOutputStream()) {
            in.write(input);
        }
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new String(out, StandardCharsets.US_ASCII);
    }
}
