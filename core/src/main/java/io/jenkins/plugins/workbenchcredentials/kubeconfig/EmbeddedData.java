package io.jenkins.plugins.workbenchcredentials.kubeconfig;

import java.util.Base64;

/** The {@code *-data} fields of a kubeconfig: standard Base64, which kubectl accepts wrapped over lines. */
final class EmbeddedData {
    private EmbeddedData() {}

    /** The decoded bytes, or {@code null} when the text is not Base64. */
    static byte[] decode(String base64) {
        String compact = hasWhitespace(base64) ? base64.replaceAll("\\s+", "") : base64;
        try {
            return Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean hasWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
