package io.jenkins.plugins.workbenchcredentials.masking;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * The streaming side of {@link SecretMasker}. Bytes are passed on as soon as they are decided; only a
 * tail that is a prefix of some pattern (at most the longest pattern's length less one byte) waits
 * for the next write, across flushes too, so the output is the same whatever the writes and flushes. Not thread-safe, like most filter streams: one writer at a time.
 */
final class MaskingOutputStream extends OutputStream {
    private final PatternScanner scanner;
    private final OutputStream out;
    /** Held bytes, then room for the start of the next write so a held prefix can be resolved. */
    private final byte[] held;

    private final byte[] single = new byte[1];
    private int heldLength;
    private boolean closed;

    MaskingOutputStream(PatternScanner scanner, OutputStream out) {
        this.scanner = scanner;
        this.out = Objects.requireNonNull(out, "out");
        // Twice the longest pattern: resolving a held prefix then always consumes it entirely.
        this.held = new byte[2 * scanner.maxLength() + 256];
    }

    @Override
    public void write(int b) throws IOException {
        single[0] = (byte) b;
        write(single, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        ensureOpen();
        int end = off + len;
        if (heldLength > 0) {
            int previouslyHeld = heldLength;
            int taken = Math.min(len, held.length - previouslyHeld);
            System.arraycopy(b, off, held, previouslyHeld, taken);
            int total = previouslyHeld + taken;
            int resume = scanner.scan(held, 0, total, false, out);
            if (taken == len) {
                System.arraycopy(held, resume, held, 0, total - resume);
                heldLength = total - resume;
                return;
            }
            // With more than a pattern's length appended, the old held bytes are decided and the
            // resume point lies within b: continue there without copying.
            heldLength = 0;
            off += resume - previouslyHeld;
        }
        int resume = scanner.scan(b, off, end, false, out);
        System.arraycopy(b, resume, held, 0, end - resume);
        heldLength = end - resume;
    }

    /**
     * Flushes everything decided. The held tail stays held: it is only ever a prefix of some secret, and
     * releasing it would let a secret that a flush happens to split reach the log unmasked (build steps
     * flush at arbitrary points). It comes out with the next write, or at {@link #close()}.
     */
    @Override
    public void flush() throws IOException {
        ensureOpen();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (out) {
            release();
        }
    }

    private void release() throws IOException {
        if (heldLength > 0) {
            int length = heldLength;
            heldLength = 0;
            scanner.scan(held, 0, length, true, out);
        }
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("Stream closed");
        }
    }
}
