package io.jenkins.plugins.workbenchcredentials.masking;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A secret's UTF-8 bytes in hex, as dump tools print them, lower and upper case:
 * <ul>
 *   <li>continuous: Python's {@code .hex()}, {@code hexdump -ve '/1 "%02x"'}, and {@code xxd -p} (or
 *       {@code xxd -u -p}), which breaks its output every {@value #XXD_PLAIN_DIGITS} digits: since the
 *       secret may start at any column of the dump, a form for each place of the first break;</li>
 *   <li>one byte at a time after a space: {@code od -An -tx1}, {@value #OD_BYTES} bytes a line, each line
 *       starting with a space, again a form for each place of the first line break;</li>
 *   <li>within one line of {@code hexdump -C} (single spaces, a double one after its eighth byte) and of
 *       plain {@code xxd} (groups of two bytes); their offset and ASCII columns make a dump line end in
 *       text that is no hex, so only a secret that fits in one line has a form there.</li>
 * </ul>
 * The masker keeps the line breaks of what it masks, so a masked dump keeps its lines.
 *
 * <p>Only secrets of at least {@value #MIN_BYTES} bytes have hex forms: a shorter one's hex has fewer
 * than 16 digits, and runs that short turn up by chance in the commit ids and digests that fill build
 * logs, where masking them would damage ordinary output. The forms for each place of a break number
 * about as many as the secret's digits, each as long as them; beyond {@value #MAX_WRAPPED_BYTES} bytes
 * (longer than any password or access token, a kubeconfig's keys and certificates) only the unwrapped
 * forms are kept, so the masker's memory stays linear in the secrets' size.
 */
final class HexDumps {
    static final int MIN_BYTES = 8;
    static final int MAX_WRAPPED_BYTES = 1024;
    static final int XXD_PLAIN_DIGITS = 60;
    static final int OD_BYTES = 16;
    static final int HEXDUMP_C_BYTES = 16;
    static final int XXD_BYTES = 16;

    private HexDumps() {}

    static Set<String> of(byte[] secret) {
        Set<String> forms = new LinkedHashSet<>();
        if (secret.length < MIN_BYTES) {
            return forms;
        }
        boolean wrapped = secret.length <= MAX_WRAPPED_BYTES;
        for (boolean upper : new boolean[] {false, true}) {
            String[] bytes = new String[secret.length];
            for (int i = 0; i < secret.length; i++) {
                String digits = String.format(Locale.ROOT, "%02x", secret[i] & 0xff);
                bytes[i] = upper ? digits.toUpperCase(Locale.ROOT) : digits;
            }
            String continuous = String.join("", bytes);
            forms.add(continuous);
            forms.add(String.join(" ", bytes));
            if (wrapped) {
                for (int first = 1; first <= Math.min(XXD_PLAIN_DIGITS, continuous.length() - 1); first++) {
                    forms.add(breakEvery(continuous, first, XXD_PLAIN_DIGITS));
                }
                for (int first = 1; first <= Math.min(OD_BYTES, secret.length - 1); first++) {
                    forms.add(odLines(bytes, first));
                }
            }
            if (secret.length <= HEXDUMP_C_BYTES) {
                for (int wide = 1; wide < secret.length; wide++) {
                    forms.add(joinWithWideGap(bytes, wide));
                }
            }
            if (secret.length <= XXD_BYTES) {
                forms.add(groupsOfTwo(bytes, 0));
                forms.add(groupsOfTwo(bytes, 1));
            }
        }
        return forms;
    }

    /** The digits with a line break before index {@code first}, and every {@code every} digits after. */
    private static String breakEvery(String digits, int first, int every) {
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / every + 2);
        for (int i = 0; i < digits.length(); i++) {
            if (i >= first && (i - first) % every == 0) {
                out.append('\n');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** {@code od -An -tx1}: " xx" per byte, the lines' breaks before byte {@code first} and every 16 after. */
    private static String odLines(String[] bytes, int first) {
        StringBuilder out = new StringBuilder(bytes.length * 3 + bytes.length / OD_BYTES + 2);
        for (int i = 0; i < bytes.length; i++) {
            if (i > 0) {
                out.append(i >= first && (i - first) % OD_BYTES == 0 ? "\n " : " ");
            }
            out.append(bytes[i]);
        }
        return out.toString();
    }

    /** {@code hexdump -C}'s byte columns: single spaces, a double one before byte {@code wide}. */
    private static String joinWithWideGap(String[] bytes, int wide) {
        StringBuilder out = new StringBuilder(bytes.length * 3 + 1);
        for (int i = 0; i < bytes.length; i++) {
            if (i > 0) {
                out.append(i == wide ? "  " : " ");
            }
            out.append(bytes[i]);
        }
        return out.toString();
    }

    /** Plain {@code xxd}: two bytes a group, a space between groups; {@code shift} 1 when the secret starts a group's second byte. */
    private static String groupsOfTwo(String[] bytes, int shift) {
        StringBuilder out = new StringBuilder(bytes.length * 3);
        for (int i = 0; i < bytes.length; i++) {
            if (i > 0 && (i + shift) % 2 == 0) {
                out.append(' ');
            }
            out.append(bytes[i]);
        }
        return out.toString();
    }
}
