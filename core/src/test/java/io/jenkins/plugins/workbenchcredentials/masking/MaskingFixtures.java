package io.jenkins.plugins.workbenchcredentials.masking;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Helpers shared by the masking tests: a naive reference masker and a way to stream in pieces. */
final class MaskingFixtures {
    private MaskingFixtures() {}

    /**
     * Leftmost-longest replacement by trying every pattern at every position, each followed by the line
     * breaks it replaced: slow and obviously right.
     */
    static byte[] naiveMask(List<byte[]> patterns, byte[] text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length) {
            int best = 0;
            for (byte[] p : patterns) {
                if (p.length > best
                        && i + p.length <= text.length
                        && Arrays.equals(text, i, i + p.length, p, 0, p.length)) {
                    best = p.length;
                }
            }
            if (best > 0) {
                out.writeBytes(PatternScanner.REPLACEMENT);
                for (int j = i; j < i + best; j++) {
                    if (text[j] == '\n') {
                        out.write('\n');
                    }
                }
                i += best;
            } else {
                out.write(text[i++]);
            }
        }
        return out.toByteArray();
    }

    /**
     * Writes {@code text} through a masking stream in pieces cut at {@code cuts} (any order, any
     * value; taken modulo the length), calling {@code flush} after each piece if asked, then closes.
     */
    static byte[] streamInPieces(
            Function<OutputStream, OutputStream> wrap, byte[] text, List<Integer> cuts, boolean flushEachPiece) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (OutputStream masking = wrap.apply(sink)) {
            int from = 0;
            for (int cut : sortedCuts(text.length, cuts)) {
                if (cut - from == 1) {
                    masking.write(text[from]); // the single-byte path too
                } else {
                    masking.write(text, from, cut - from);
                }
                if (flushEachPiece) {
                    masking.flush();
                }
                from = cut;
            }
            masking.write(text, from, text.length - from);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink.toByteArray();
    }

    static int[] sortedCuts(int length, List<Integer> cuts) {
        return cuts.stream()
                .mapToInt(c -> Math.floorMod(c, length + 1))
                .sorted()
                .toArray();
    }
}
