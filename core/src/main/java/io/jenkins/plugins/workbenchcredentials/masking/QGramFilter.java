package io.jenkins.plugins.workbenchcredentials.masking;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.List;

/**
 * A quick test that lets the scanner skip text no pattern can start in. Every pattern is at least
 * {@code m} bytes long, so any occurrence covers {@code m} consecutive bytes and contains a whole
 * q-gram at one of every {@code m - q + 1} positions. The filter is a hashed bit set of the q-grams at
 * offsets {@code 0..m-q} of every pattern: if the q-gram sampled at position {@code p} is absent, no
 * pattern starts anywhere in {@code [p - step + 1, p]}. False positives only cost a check; there are
 * no false negatives. About 16 bits per distinct q-gram keep false positives rare.
 */
final class QGramFilter {
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int MAX_Q = 4;
    private static final int BITS_PER_GRAM = 16;
    private static final int MIN_LOG_BITS = 10;
    private static final int MAX_LOG_BITS = 30;

    final int q;
    final int step;
    private final long[] bits;
    private final int hashShift;

    /** @param patterns each at least {@code minLength} bytes long, {@code minLength} at least 1 */
    QGramFilter(List<byte[]> patterns, int minLength) {
        this.q = Math.min(MAX_Q, minLength);
        this.step = minLength - q + 1;
        long grams = (long) patterns.size() * step;
        int logBits = MIN_LOG_BITS;
        while (logBits < MAX_LOG_BITS && (1L << logBits) < grams * BITS_PER_GRAM) {
            logBits++;
        }
        this.bits = new long[1 << (logBits - 6)];
        this.hashShift = 32 - logBits;
        for (byte[] p : patterns) {
            for (int offset = 0; offset + q <= minLength; offset++) {
                int h = hash(gram(p, offset));
                bits[h >>> 6] |= 1L << h;
            }
        }
    }

    /** Whether the q-gram at {@code a[p]} occurs in some pattern's first {@code m} bytes; needs {@code p + q <= a.length}. */
    boolean mayContain(byte[] a, int p) {
        int h = hash(gram(a, p));
        return (bits[h >>> 6] & (1L << h)) != 0;
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

    private int hash(int gram) {
        return (gram * 0x9E3779B1) >>> hashShift;
    }
}
