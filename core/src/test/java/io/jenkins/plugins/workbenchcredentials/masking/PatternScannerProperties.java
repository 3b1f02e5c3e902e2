package io.jenkins.plugins.workbenchcredentials.masking;

import static io.jenkins.plugins.workbenchcredentials.masking.MaskingFixtures.naiveMask;
import static io.jenkins.plugins.workbenchcredentials.masking.MaskingFixtures.streamInPieces;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The scanner against the naive reference, on patterns over a tiny alphabet so that overlaps, shared
 * prefixes, patterns inside patterns and near misses are common; pattern lengths vary so both the
 * byte-by-byte case (shortest pattern 1 byte) and long skips are exercised.
 */
class PatternScannerProperties {

    @Property(tries = 400)
    void oneShotEqualsNaiveLeftmostLongest(@ForAll("scenarios") Scenario s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PatternScanner scanner = new PatternScanner(s.patterns());
        int resume = scanner.scan(s.text(), 0, s.text().length, true, out);

        assertThat(resume).isEqualTo(s.text().length);
        assertThat(out.toString(StandardCharsets.ISO_8859_1)).isEqualTo(latin1(naiveMask(s.patterns(), s.text())));
    }

    @Property(tries = 400)
    void streamingInAnyPiecesEqualsNaive(@ForAll("scenarios") Scenario s) {
        PatternScanner scanner = new PatternScanner(s.patterns());
        byte[] streamed = streamInPieces(out -> new MaskingOutputStream(scanner, out), s.text(), s.cuts(), false);

        assertThat(latin1(streamed)).isEqualTo(latin1(naiveMask(s.patterns(), s.text())));
    }

    @Property(tries = 300)
    void streamHoldsBackOnlyWhatMayStillMatch(@ForAll("scenarios") Scenario s) throws IOException {
        PatternScanner scanner = new PatternScanner(s.patterns());
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        MaskingOutputStream masking = new MaskingOutputStream(scanner, sink);
        masking.write(s.text());
        String written = latin1(sink.toByteArray());
        String masked = latin1(naiveMask(s.patterns(), s.text()));

        assertThat(masked).startsWith(written);
        // What is not written yet is the masking of a text tail shorter than the longest pattern.
        int longest = s.patterns().stream().mapToInt(p -> p.length).max().orElseThrow();
        byte[] text = s.text();
        boolean heldIsShortTail = IntStream.range(0, Math.min(longest, text.length + 1))
                .anyMatch(h -> masked.equals(written
                        + latin1(naiveMask(s.patterns(), Arrays.copyOfRange(text, text.length - h, text.length)))));
        assertThat(heldIsShortTail).as("written=%s masked=%s", written, masked).isTrue();
        byte last = s.text().length == 0 ? (byte) 'z' : s.text()[s.text().length - 1];
        if (last == 'z' || last == '\n') { // bytes no pattern contains: nothing can be pending
            assertThat(written).isEqualTo(masked);
        }
        masking.close();
        assertThat(latin1(sink.toByteArray())).isEqualTo(masked);
    }

    record Scenario(List<byte[]> patterns, byte[] text, List<Integer> cuts) {
        @Override
        public String toString() {
            return "patterns="
                    + patterns.stream().map(PatternScannerProperties::latin1).toList() + " text=" + latin1(text)
                    + " cuts=" + cuts;
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        // Short minimums sample every byte or nearly; long ones (over 32) use the filter's far offsets.
        Arbitrary<Integer> minLength = Arbitraries.oneOf(
                Arbitraries.integers().between(1, 12), Arbitraries.integers().between(30, 40));
        return minLength.flatMap(min -> Arbitraries.oneOf(
                scenarios(min, "", "abc", 8),
                // Many patterns sharing a prefix and then branching widely: the trie's table nodes.
                scenarios(min, "ab", "abcdefghijklmnop", 40)));
    }

    private static Arbitrary<Scenario> scenarios(int min, String prefix, String chars, int maxPatterns) {
        int rest = Math.max(0, min - prefix.length());
        Arbitrary<String> pattern = Arbitraries.strings()
                .withChars(chars)
                .ofMinLength(rest)
                .ofMaxLength(rest + 20)
                .map(p -> prefix + p);
        return pattern.list().ofMinSize(1).ofMaxSize(maxPatterns).flatMap(ps -> {
            Arbitrary<String> piece = Arbitraries.oneOf(
                    Arbitraries.strings().withChars("abcdz\n").ofMaxLength(15),
                    Arbitraries.of(ps),
                    Arbitraries.of(ps).map(p -> p.substring(0, p.length() / 2 + 1)));
            Arbitrary<String> text = piece.list().ofMaxSize(12).map(l -> String.join("", l));
            Arbitrary<List<Integer>> cuts =
                    Arbitraries.integers().between(0, 1000).list().ofMaxSize(12);
            return Combinators.combine(text, cuts)
                    .as((t, c) -> new Scenario(
                            ps.stream()
                                    .map(p -> p.getBytes(StandardCharsets.ISO_8859_1))
                                    .toList(),
                            t.getBytes(StandardCharsets.ISO_8859_1),
                            c));
        });
    }

    static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
