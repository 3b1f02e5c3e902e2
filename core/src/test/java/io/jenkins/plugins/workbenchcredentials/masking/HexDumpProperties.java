package io.jenkins.plugins.workbenchcredentials.masking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Over random secrets (non-ASCII too) at random offsets of a dump, its lines 24 to 96 digits wide as
 * {@code xxd -p} (60), {@code xxd -p -c N} or {@code fold} make them, in either case: the secret's hex is
 * gone from the masked output but for at most a few digits before the line break it starts ahead of,
 * however the dump is split into writes and flushes, and the lines stay.
 */
class HexDumpProperties {

    @Property(tries = 300)
    void aWrappedDumpIsMaskedWhateverTheOffsetCaseAndSplit(
            @ForAll("secrets") String secret,
            @ForAll @IntRange(max = 120) int before,
            @ForAll @IntRange(max = 60) int after,
            @ForAll boolean upper,
            @ForAll @IntRange(min = 24, max = 96) int width,
            @ForAll("cuts") List<Integer> cuts,
            @ForAll boolean flush) {
        byte[] bytes = ("p".repeat(before) + secret + "q".repeat(after)).getBytes(StandardCharsets.UTF_8);
        String digits = HexFormat.of().formatHex(bytes);
        if (upper) {
            digits = digits.toUpperCase(Locale.ROOT);
        }
        String dump = wrap(digits, width) + "\n";
        SecretMasker masker = SecretMasker.of(List.of(secret));

        String oneShot = masker.mask(dump);
        byte[] streamed =
                MaskingFixtures.streamInPieces(masker::wrap, dump.getBytes(StandardCharsets.US_ASCII), cuts, flush);

        assertThat(new String(streamed, StandardCharsets.US_ASCII)).isEqualTo(oneShot);
        String flat = oneShot.replace("\n", "").toLowerCase(Locale.ROOT);
        String suffixDigits = HexFormat.of().formatHex("q".repeat(after).getBytes(StandardCharsets.UTF_8));
        int mask = flat.indexOf(SecretMasker.REPLACEMENT);
        // What stands before the mask is the padding's hex and at most the few digits of the secret that
        // end the line it starts on; after it, only the padding's hex.
        assertThat(mask).isBetween(0, 2 * before + HexDumps.WRAP_DEPTH - 1);
        assertThat(flat.substring(mask + SecretMasker.REPLACEMENT.length())).isEqualTo(suffixDigits);
        assertThat(oneShot.chars().filter(c -> c == '\n').count())
                .isEqualTo(dump.chars().filter(c -> c == '\n').count());
    }

    @Property(tries = 200)
    void anOdDumpIsMaskedWhateverTheOffset(@ForAll("secrets") String secret, @ForAll @IntRange(max = 40) int before) {
        byte[] bytes = ("p".repeat(before) + secret + "tail").getBytes(StandardCharsets.UTF_8);
        StringBuilder dump = new StringBuilder();
        for (int i = 0; i < bytes.length; i++) {
            dump.append(' ').append(String.format(Locale.ROOT, "%02x", bytes[i] & 0xff));
            if (i % 16 == 15) {
                dump.append('\n');
            }
        }
        dump.append('\n');

        String masked = SecretMasker.of(List.of(secret)).mask(dump.toString());

        assertThat(masked.replaceAll("\\s", ""))
                .doesNotContain(HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8)));
        assertThat(masked.lines().count()).isEqualTo(dump.toString().lines().count());
    }

    @Provide
    Arbitrary<String> secrets() {
        return Arbitraries.strings()
                .withCharRange('!', '~')
                .withChars('é', '中', '€')
                .ofMinLength(8)
                .ofMaxLength(48)
                .filter(s -> s.getBytes(StandardCharsets.UTF_8).length >= HexDumps.MIN_BYTES);
    }

    @Provide
    Arbitrary<List<Integer>> cuts() {
        return Arbitraries.integers().between(0, 10_000).list().ofMaxSize(12);
    }

    private static String wrap(String digits, int every) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && i % every == 0) {
                out.append('\n');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
