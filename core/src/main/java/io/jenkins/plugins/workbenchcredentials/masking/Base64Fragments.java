package io.jenkins.plugins.workbenchcredentials.masking;

import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The Base64 text a secret leaves inside a larger encoded value. A secret embedded in encoded data
 * starts at byte offset 0, 1 or 2 of a 3-byte group; for each alignment only the characters whose six
 * bits all come from the secret are fixed, the one or two at either edge mix in neighbouring bytes.
 * When the secret ends the data, the last character is completed with zero bits and may be followed
 * by {@code =} padding, so that form is derived too.
 */
final class Base64Fragments {
    private static final Base64.Encoder[] ENCODERS = {Base64.getEncoder(), Base64.getUrlEncoder()};

    private Base64Fragments() {}

    static Set<String> of(byte[] secret) {
        Set<String> fragments = new LinkedHashSet<>();
        int n = secret.length;
        for (Base64.Encoder encoder : ENCODERS) {
            for (int offset = 0; offset < 3; offset++) {
                byte[] data = new byte[offset + n];
                System.arraycopy(secret, 0, data, offset, n);
                String padded = encoder.encodeToString(data);
                int bits = 8 * (offset + n);
                // Character j covers bits [6j, 6j+6) of the data.
                int first = (8 * offset + 5) / 6;
                int endOfSecretOnly = bits / 6;
                int endUnpadded = (bits + 5) / 6;
                addIfNonEmpty(fragments, padded.substring(first, endOfSecretOnly));
                addIfNonEmpty(fragments, padded.substring(first, endUnpadded));
                addIfNonEmpty(fragments, padded.substring(first));
            }
        }
        return fragments;
    }

    private static void addIfNonEmpty(Set<String> fragments, String fragment) {
        if (!fragment.isEmpty()) {
            fragments.add(fragment);
        }
    }
}
