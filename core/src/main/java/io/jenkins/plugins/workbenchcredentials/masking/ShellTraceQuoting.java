package io.jenkins.plugins.workbenchcredentials.masking;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * How {@code bash -x} prints a word holding the secret. A word with shell metacharacters is printed in
 * single quotes, where an embedded {@code '} becomes {@code '\''}; a word with control characters and no
 * metacharacters is printed in ANSI-C form {@code $'...'}, with {@code \n}-style escapes and octal for
 * the rest (non-ASCII bytes stay as they are in a UTF-8 locale and become octal in the C locale).
 * Only the text between the quotes is returned: that is the part that reveals the secret.
 */
final class ShellTraceQuoting {
    private ShellTraceQuoting() {}

    static Set<String> of(String secret) {
        Set<String> forms = new LinkedHashSet<>();
        if (secret.indexOf('\'') >= 0) {
            forms.add(secret.replace("'", "'\\''"));
        }
        if (hasControlCharacter(secret)) {
            forms.add(ansiC(secret, true));
            forms.add(ansiC(secret, false));
        }
        return forms;
    }

    private static boolean hasControlCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    private static String ansiC(String secret, boolean keepNonAscii) {
        StringBuilder out = new StringBuilder(secret.length() * 2);
        for (int i = 0; i < secret.length(); i++) {
            char c = secret.charAt(i);
            if (c >= 0x80) {
                if (keepNonAscii) {
                    out.append(c);
                } else {
                    int end = Character.isHighSurrogate(c) && i + 1 < secret.length() ? i + 2 : i + 1;
                    for (byte b : secret.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                        appendOctal(out, b & 0xff);
                    }
                    i = end - 1;
                }
                continue;
            }
            switch (c) {
                case 0x1b -> out.append("\\E");
                case 0x07 -> out.append("\\a");
                case '\b' -> out.append("\\b");
                case 0x0b -> out.append("\\v");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        appendOctal(out, c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static void appendOctal(StringBuilder out, int value) {
        out.append('\\')
                .append((char) ('0' + ((value >> 6) & 7)))
                .append((char) ('0' + ((value >> 3) & 7)))
                .append((char) ('0' + (value & 7)));
    }
}
