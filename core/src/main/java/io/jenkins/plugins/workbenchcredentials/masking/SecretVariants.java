package io.jenkins.plugins.workbenchcredentials.masking;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every form in which a secret leaks into build logs in practice: the secret itself, its Base64
 * fragments, URL-encodings, JSON string escapes, {@code bash -x} quoting, each line of a multi-line
 * secret, and its hex as dump tools print it ({@link HexDumps}). Forms shorter than {@link SecretMasker#MIN_SECRET_LENGTH} bytes are left out,
 * as masking them would mangle ordinary log text. {@link SecretMasker} derives these itself; they are
 * public for tools that compare maskers on the same forms, such as the benchmarks.
 */
public final class SecretVariants {
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9A-F]{4})");
    private static final Pattern RFC3986_KEPT_BY_URLENCODER = Pattern.compile("[+*]|%7E");

    private SecretVariants() {}

    /** The secret and each distinct form of it, in a stable order. */
    public static Set<String> of(String secret) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(secret);
        forms.addAll(Base64Fragments.of(secret.getBytes(StandardCharsets.UTF_8)));
        forms.addAll(urlEncodings(secret));
        forms.addAll(jsonEscapes(secret));
        forms.addAll(ShellTraceQuoting.of(secret));
        forms.addAll(lines(secret));
        forms.addAll(HexDumps.of(secret.getBytes(StandardCharsets.UTF_8)));
        forms.removeIf(form -> form.getBytes(StandardCharsets.UTF_8).length < SecretMasker.MIN_SECRET_LENGTH);
        return forms;
    }

    /** Form encoding ({@code +} for a space), the same with {@code %20}, and RFC 3986 percent-encoding. */
    private static Set<String> urlEncodings(String secret) {
        Set<String> forms = new LinkedHashSet<>();
        String form = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        forms.add(form);
        forms.add(form.replace("+", "%20"));
        forms.add(replaceAll(RFC3986_KEPT_BY_URLENCODER, form, m -> switch (m.group()) {
            case "+" -> "%20";
            case "*" -> "%2A";
            default -> "~";
        }));
        return forms;
    }

    /**
     * The standard JSON escape, and the variants other encoders produce: non-ASCII as {@code \\uXXXX}
     * (Python, PHP), lower-case hex digits (JavaScript, Python), and {@code \/} (PHP).
     */
    private static Set<String> jsonEscapes(String secret) {
        String standard = new String(JsonStringEncoder.getInstance().quoteAsString(secret));
        Set<String> forms = new LinkedHashSet<>();
        for (String base : new String[] {standard, escapeNonAscii(standard)}) {
            for (String hexCase : new String[] {base, lowerCaseHex(base)}) {
                forms.add(hexCase);
                forms.add(hexCase.replace("/", "\\/"));
            }
        }
        return forms;
    }

    private static String escapeNonAscii(String json) {
        StringBuilder out = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c < 0x80) {
                out.append(c);
            } else {
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            }
        }
        return out.toString();
    }

    private static String lowerCaseHex(String json) {
        return replaceAll(UNICODE_ESCAPE, json, m -> "\\u" + m.group(1).toLowerCase(Locale.ROOT));
    }

    /** Each line of a multi-line secret, trimmed: a log often shows one line of a key or a config. */
    private static Set<String> lines(String secret) {
        Set<String> lines = new LinkedHashSet<>();
        String[] parts = LINE_BREAK.split(secret, -1);
        if (parts.length < 2) {
            return lines;
        }
        for (String part : parts) {
            String line = part.strip();
            if (line.codePointCount(0, line.length()) >= SecretMasker.MIN_SECRET_LENGTH) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static String replaceAll(Pattern pattern, String text, Function<MatchResult, String> by) {
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(by.apply(m)));
    }
}
