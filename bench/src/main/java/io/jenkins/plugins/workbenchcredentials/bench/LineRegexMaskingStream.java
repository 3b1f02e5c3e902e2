package io.jenkins.plugins.workbenchcredentials.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How Jenkins masks today (credentials-binding's {@code SecretPatterns}): one regex alternation of the
 * quoted forms, longest first, applied to each complete line decoded as a string. Lines are gathered
 * with array copies rather than byte by byte, which only flatters the baseline.
 */
final class LineRegexMaskingStream extends OutputStream {
    private final Pattern pattern;
    private final OutputStream out;
    private byte[] line = new byte[256];
    private int length;

    LineRegexMaskingStream(Pattern pattern, OutputStream out) {
        this.pattern = pattern;
        this.out = out;
    }

    static Pattern aggregatePattern(Collection<String> forms) {
        return Pattern.compile(forms.stream()
                .filter(form -> !form.isEmpty())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|")));
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int end = off + len;
        while (off < end) {
            int newline = off;
            while (newline < end && b[newline] != '\n') {
                newline++;
            }
            int upTo = newline < end ? newline + 1 : end;
            append(b, off, upTo - off);
            off = upTo;
            if (newline < end) {
                eol();
            }
        }
    }

    private void append(byte[] b, int off, int len) {
        if (length + len > line.length) {
            line = Arrays.copyOf(line, Math.max(2 * line.length, length + len));
        }
        System.arraycopy(b, off, line, length, len);
        length += len;
    }

    private void eol() throws IOException {
        String text = new String(line, 0, length, StandardCharsets.UTF_8);
        out.write(pattern.matcher(text).replaceAll("****").getBytes(StandardCharsets.UTF_8));
        length = 0;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (length > 0) {
            eol();
        }
        out.close();
    }
}
