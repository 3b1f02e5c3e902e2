package io.jenkins.plugins.workbenchcredentials.masking;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;

/**
 * Replaces pattern occurrences, leftmost-longest and without overlap, in one pass over the bytes; a
 * replacement keeps the line breaks of what it replaces.
 * The q-gram filter looks at one position in every {@code step} and rejects almost all of them at
 * once, which skips whole stretches no pattern can start in; for the rest it names the few start
 * positions worth checking, and the trie checks those. Stateless: everything before the position it
 * returns has been decided, so a stream resumes there when more bytes arrive.
 */
final class PatternScanner {
    static final byte[] REPLACEMENT = SecretMasker.REPLACEMENT.getBytes(StandardCharsets.US_ASCII);

    private final PatternTrie trie;
    private final QGramFilter filter;
    /**
     * For the patterns that may be broken over lines (a secret's hex forms), and for the others: which
     * bytes occur in some pattern of the group. A prefix held back at the end of a
     * write lies in one group's bytes; keeping the groups apart stops the look back at the line's last
     * word, instead of running over every line as the union of both would (hex forms hold spaces and
     * line breaks, the other forms hold letters).
     */
    private final boolean[][] inGroup = new boolean[2][256];

    private final int maxLength;

    /** @param patterns each at least one byte long; none makes a scanner that changes nothing */
    PatternScanner(List<byte[]> patterns) {
        this(patterns, p -> false);
    }

    /** @param wraps the patterns whose occurrences may be broken over lines, as {@link PatternTrie} says */
    PatternScanner(List<byte[]> patterns, Predicate<byte[]> wraps) {
        int min = patterns.isEmpty() ? 1 : Integer.MAX_VALUE;
        boolean anyWraps = false;
        for (byte[] p : patterns) {
            min = Math.min(min, p.length);
            boolean wrapping = wraps.test(p);
            boolean[] group = inGroup[wrapping ? 1 : 0];
            if (wrapping) {
                anyWraps = true;
                group['\n'] = true;
            }
            for (byte b : p) {
                group[b & 0xff] = true;
            }
        }
        this.trie = new PatternTrie(patterns, wraps);
        this.maxLength = trie.maxOccurrence();
        // The filter looks for an occurrence in its first bytes; those of a wrapped one hold at most one
        // line break when dump lines are wider than that stretch.
        this.filter = new QGramFilter(patterns, anyWraps ? Math.min(min, QGramFilter.MAX_WRAPPED_SPAN) : min, wraps);
    }

    /** The longest text an occurrence spans; a stream never holds back more than one byte less than this. */
    int maxLength() {
        return maxLength;
    }

    /**
     * Writes {@code a[from, end)} to {@code out} with each occurrence replaced, and returns the position
     * of the first byte it could not decide yet: the start of a pattern prefix running up to
     * {@code end}. With {@code atEnd} the input ends at {@code end}, so everything is decided and
     * written, and the result is {@code end}.
     */
    int scan(byte[] a, int from, int end, boolean atEnd, OutputStream out) throws IOException {
        if (maxLength == 0) {
            writeRun(out, a, from, end);
            return end;
        }
        final QGramFilter filter = this.filter;
        final PatternTrie trie = this.trie;
        final int q = filter.q;
        final int step = filter.step;
        int written = from;
        int base = from;
        restart:
        while (true) {
            // Sample p covers the start positions [p - step + 1, p]; every occurrence holds one sample.
            int p = base + step - 1;
            for (; (p = filter.nextSample(a, p, end)) + q <= end; p += step) {
                int offsets = filter.offsetsAt(a, p);
                if (offsets == 0) {
                    continue;
                }
                // Candidate starts are p - offset for the offsets in the mask, leftmost (largest offset)
                // first; the sign bit stands for every offset from FAR_OFFSET to step - 1.
                int s = offsets < 0 ? p - step + 1 : p - highestOffset(offsets);
                while (true) {
                    int length = trie.longestMatch(a, s, end, atEnd);
                    if (length > 0) {
                        writeRun(out, a, written, s);
                        writeReplacement(out, a, s, length);
                        written = base = s + length;
                        continue restart;
                    }
                    if (length == PatternTrie.UNDECIDED) {
                        writeRun(out, a, written, s);
                        return s;
                    }
                    int offset = p - s;
                    if (offset > QGramFilter.FAR_OFFSET) {
                        s++;
                        continue;
                    }
                    offsets &= ~(1 << offset);
                    if (offsets == 0) {
                        break;
                    }
                    s = p - highestOffset(offsets);
                }
            }
            // The positions left have fewer than minLength bytes after them: no whole occurrence fits,
            // but a prefix of one may run up to the end and must be held back.
            if (!atEnd) {
                int held = heldFrom(a, p - step + 1, end);
                writeRun(out, a, written, held);
                return held;
            }
            writeRun(out, a, written, end);
            return end;
        }
    }

    private static int highestOffset(int offsets) {
        return 31 - Integer.numberOfLeadingZeros(offsets);
    }

    private int heldFrom(byte[] a, int from, int end) {
        // A prefix reaching the end cannot contain a byte no pattern of its group has: start after
        // the last such byte, the earlier of the two groups' starts.
        int s = end;
        for (boolean[] group : inGroup) {
            int start = end;
            while (start > from && group[a[start - 1] & 0xff]) {
                start--;
            }
            s = Math.min(s, start);
        }
        final int q = filter.q;
        for (; s < end; s++) {
            // A start whose q-gram begins no pattern is no prefix of one: no need to walk the trie.
            if (s + q <= end && (filter.offsetsAt(a, s) & 1) == 0) {
                continue;
            }
            if (trie.longestMatch(a, s, end, false) == PatternTrie.UNDECIDED) {
                return s;
            }
        }
        return end;
    }

    /**
     * The replacement, followed by the line breaks of what it replaces: a masked multi-line form (a
     * wrapped hex dump, a multi-line secret) keeps the log's lines.
     */
    static void writeReplacement(OutputStream out, byte[] a, int start, int length) throws IOException {
        out.write(REPLACEMENT);
        for (int i = start; i < start + length; i++) {
            if (a[i] == '\n') {
                out.write('\n');
            }
        }
    }

    private static void writeRun(OutputStream out, byte[] a, int from, int to) throws IOException {
        if (to > from) {
            out.write(a, from, to - from);
        }
    }
}
