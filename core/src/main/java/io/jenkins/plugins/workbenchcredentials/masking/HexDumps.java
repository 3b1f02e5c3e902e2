package io.jenkins.plugins.workbenchcredentials.masking;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A secret's UTF-8 bytes in hex, as dump tools print them, lower and upper case:
 * <ul>
 *   <li>continuous: Python's {@code .hex()}, {@code hexdump -ve '/1 "%02x"'}, {@code xxd -p} (which
 *       breaks its lines every 60 digits), {@code xxd -u -p}, {@code fold};</li>
 *   <li>one byte after another with a space: {@code od -An -tx1} (16 bytes a line, each line starting
 *       with a space), {@code hexdump -e '16/1 "%02x " "\n"'};</li>
 *   <li>within one line of {@code hexdump -C} (single spaces, a double one after its eighth byte) and
 *       of plain {@code xxd} (groups of two bytes): their offset and ASCII columns make a dump line
 *       end in text that is no hex, so only a secret that fits in one line has a form there.</li>
 * </ul>
 * A dump breaks its lines wherever its width falls (any width from 24 characters: xxd -p's 60, od's 48,
 * {@code xxd -p -c 12} and wider), and the secret may start anywhere in it. So the masker lets a line
 * break stand between two bytes of a hex form, at most one in a row, once
 * {@value #WRAP_DEPTH} of the form's bytes have matched: a line that merely ends in a few hex digits is
 * not held back in case a dump follows. For a break that comes earlier, the forms include the
 * secret's hex from each place up to there (at least {@value #MIN_SUFFIX_DIGITS} digits), so at most the
 * few digits before such a break, on the end of the previous line, are left. The masker keeps the line
 * breaks of what it masks, so a masked dump keeps its lines.
 *
 * <p>Only secrets of at least {@value #MIN_BYTES} bytes have hex forms: a shorter one's hex has fewer
 * than 16 digits, and runs that short turn up by chance in the commit ids and digests that fill build
 * logs, where masking them would damage ordinary output. Beyond {@value #MAX_SUFFIXED_BYTES} bytes
 * (longer than any password or access token: a kubeconfig's keys and certificates) the forms from later
 * places are left out, which keeps the masker's memory small.
 */
final class HexDumps {
    static final int MIN_BYTES = 8;
    static final int MAX_SUFFIXED_BYTES = 1024;
    /** How many bytes of a hex form match before a line break may stand between two of its bytes. */
    static final int WRAP_DEPTH = 8;

    static final int MIN_SUFFIX_DIGITS = 8;
    static final int HEXDUMP_C_BYTES = 16;
    static final int XXD_BYTES = 16;

    private HexDumps() {}

    static Set<String> of(byte[] secret) {
        Set<String> forms = new LinkedHashSet<>();
        if (secret.length < MIN_BYTES) {
            return forms;
        }
        for (boolean upper : new boolean[] {false, true}) {
            String[] bytes = new String[secret.length];
            for (int i = 0; i < secret.length; i++) {
                String digits = String.format(Locale.ROOT, "%02x", secret[i] & 0xff);
                bytes[i] = upper ? digits.toUpperCase(Locale.ROOT) : digits;
            }
            String continuous = String.join("", bytes);
            String spaced = String.join(" ", bytes);
            forms.add(continuous);
            forms.add(spaced);
            if (secret.length <= MAX_SUFFIXED_BYTES) {
                // A break before the masker may let one stand: the hex from just after it.
                for (int from = 1; from < WRAP_DEPTH && continuous.length() - from >= MIN_SUFFIX_DIGITS; from++) {
                    forms.add(continuous.substring(from));
                }
                // od's breaks fall between bytes, three form bytes apart ("6b 65"): the bytes from each.
                for (int from = 1; 3 * from - 1 < WRAP_DEPTH; from++) {
                    forms.add(spaced.substring(3 * from));
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
