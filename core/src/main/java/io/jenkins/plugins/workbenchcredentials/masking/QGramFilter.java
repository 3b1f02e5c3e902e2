package io.jenkins.plugins.workbenchcredentials.masking;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Tells the scanner where a pattern may start, so that it can skip the rest. Every pattern is at
 * least {@code m} bytes long, so any occurrence covers {@code m} consecutive bytes and contains a whole
 * q-gram at one of every {@code step = m - q + 1} positions; the scanner samples those positions only.
 * Two hashed tables of the q-grams at offsets {@code 0..m-q} of every pattern answer for a sample:
 * a sparse bit set, small enough to stay in cache, rejects almost every sample at once; for the rest,
 * a table of the offsets at which the q-gram occurs in patterns names the few start positions worth
 * checking. Collisions only add checks; nothing that may start a pattern is ever left out.
 */
final class QGramFilter {
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int MAX_Q = 4;
    private static final int BITS_PER_GRAM = 16;
    private static final int OFFSET_SLOTS_PER_GRAM = 2;
    /** Offsets from this one on share the mask's top bit: "somewhere from here to {@code step - 1}". */
    static final int FAR_OFFSET = 31;

    final int q;
    final int step;
    private final long[] bits;
    private final int bitsShift;
    private final int[] offsets;
    private final int offsetsShift;

    /**
     * The longest stretch at the start of an occurrence the filter may rely on when some patterns wrap:
     * narrower than the lines of dumps (xxd -p: 60 digits, od: 48 bytes, xxd -p -c 12: 24), so it holds one
     * line break at most.
     */
    static final int MAX_WRAPPED_SPAN = 24;

    /** @param patterns each at least {@code minLength} bytes long, {@code minLength} at least 1 */
    QGramFilter(List<byte[]> patterns, int minLength) {
        this(patterns, minLength, p -> false);
    }

    /**
     * @param wraps patterns whose occurrences may hold a line break between two bytes once
     *     {@link HexDumps#WRAP_DEPTH} have matched: their q-grams with such a break are registered too, at
     *     the offsets where they then stand, for one break in the first {@code minLength} bytes
     */
    QGramFilter(List<byte[]> patterns, int minLength, Predicate<byte[]> wraps) {
        this.q = Math.min(MAX_Q, minLength);
        this.step = minLength - q + 1;
        List<byte[]> texts = new ArrayList<>(patterns);
        for (byte[] p : patterns) {
            if (wraps.test(p)) {
                // The occurrence's first minLength bytes with a break before pattern byte b.
                for (int b = HexDumps.WRAP_DEPTH; b < Math.min(p.length, minLength); b++) {
                    byte[] broken = new byte[minLength];
                    System.arraycopy(p, 0, broken, 0, b);
                    broken[b] = '\n';
                    System.arraycopy(p, b, broken, b + 1, minLength - b - 1);
                    texts.add(broken);
                }
            }
        }
        long grams = (long) texts.size() * step;
        int logBits = log2Ceiling(Math.max(1 << 10, grams * BITS_PER_GRAM));
        int logSlots = log2Ceiling(Math.max(1 << 8, grams * OFFSET_SLOTS_PER_GRAM));
        this.bits = new long[1 << (logBits - 6)];
        this.bitsShift = 32 - logBits;
        this.offsets = new int[1 << logSlots];
        this.offsetsShift = 32 - logSlots;
        for (byte[] p : texts) {
            for (int offset = 0; offset < step; offset++) {
                int gram = gram(p, offset);
                int h = bitIndex(gram);
                bits[h >>> 6] |= 1L << h;
                offsets[slot(gram)] |= 1 << Math.min(offset, FAR_OFFSET);
            }
        }
    }

    private static int log2Ceiling(long value) {
        int log = 64 - Long.numberOfLeadingZeros(value - 1);
        return Math.min(log, 30);
    }

    /**
     * The first sample position from {@code p} on, in steps of {@link #step}, whose q-gram passes the
     * bit set; a position past {@code end - q} if none does. The scanner's hot loop: most bytes of a
     * log are passed over here, one sample in every {@code step} bytes.
     */
    int nextSample(byte[] a, int p, int end) {
        final long[] bits = this.bits;
        final int step = this.step;
        final int last = end - q;
        for (; p <= last; p += step) {
            int h = bitIndex(gram(a, p));
            if ((bits[h >>> 6] & (1L << h)) != 0) {
                return p;
            }
        }
        return p;
    }

    /**
     * For a sample that passed the bit set, a mask of the offsets within a pattern at which its q-gram
     * may occur: bit {@code i} for offset {@code i}, the sign bit for any offset from
     * {@link #FAR_OFFSET} on. Zero means no pattern starts in {@code [p - step + 1, p]}.
     */
    int offsetsAt(byte[] a, int p) {
        return offsets[slot(gram(a, p))];
    }

    private int gram(byte[] a, int p) {
        if (q == MAX_Q) {
            return (int) INT_LE.get(a, p);
        }
        int g = 0;
        for (int i = 0; i < q; i++) {
            g |= (a[p + i] & 0xff) << (8 * i);
        }
        return g;
    }

    private int bitIndex(int gram) {
        return (gram * 0x9E3779B1) >>> bitsShift;
    }

    private int slot(int gram) {
        return (gram * 0x85EBCA6B) >>> offsetsShift;
    }
}
