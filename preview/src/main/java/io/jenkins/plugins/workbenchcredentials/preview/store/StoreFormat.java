package io.jenkins.plugins.workbenchcredentials.preview.store;

import java.nio.charset.StandardCharsets;

/**
 * The layout of a store file: a header in the clear, then the content encrypted with AES-256-GCM.
 *
 * <pre>
 * 8 bytes  magic "WBCSTORE"
 * 2 bytes  format version, big-endian
 * 1 byte   kind: 1 credentials, 2 recorded uses
 * 12 bytes GCM nonce, fresh for every write
 * n bytes  encrypted JSON, then the 16-byte GCM tag
 * </pre>
 *
 * The magic, version and kind are the cipher's associated data, so changing any of them, or passing
 * one kind of file off as the other, fails authentication like any other tampering.
 *
 * <p>Versions: 1, the credentials and the recorded uses; 2, the credentials document also holds each
 * credential's change history. A file of an older version is read as it is and written in the current
 * version by the next change; a file of a newer version is refused, never read in part and rewritten,
 * so an older preview cannot drop a history it does not know of.
 */
final class StoreFormat {
    static final byte[] MAGIC = "WBCSTORE".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 2;
    /** The first version whose credentials document holds the change history. */
    static final int HISTORY_SINCE = 2;

    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    /** Magic, version and kind: what the cipher authenticates without encrypting. */
    static final int AUTHENTICATED_HEADER_BYTES = MAGIC.length + 2 + 1;

    static final int HEADER_BYTES = AUTHENTICATED_HEADER_BYTES + NONCE_BYTES;
    static final int KEY_BYTES = 32;

    enum Kind {
        CREDENTIALS(1),
        USAGE(2);

        final byte code;

        Kind(int code) {
            this.code = (byte) code;
        }
    }

    private StoreFormat() {}

    /** The header a file of this version and kind starts with, as the cipher authenticates it. */
    static byte[] authenticatedHeader(Kind kind, int version) {
        byte[] header = new byte[AUTHENTICATED_HEADER_BYTES];
        System.arraycopy(MAGIC, 0, header, 0, MAGIC.length);
        header[MAGIC.length] = (byte) (version >>> 8);
        header[MAGIC.length + 1] = (byte) version;
        header[MAGIC.length + 2] = kind.code;
        return header;
    }
}
