package io.jenkins.plugins.workbenchcredentials.masking;

import io.jenkins.plugins.workbenchcredentials.error.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Masks a set of secrets, and the forms in which they leak (see {@link SecretVariants}), in build-log
 * bytes: each occurrence becomes {@link #REPLACEMENT}; where occurrences overlap the leftmost wins, and
 * of those starting at the same byte the longest. Built once per binding block; immutable and
 * thread-safe, while each stream from {@link #wrap} has a single writer.
 *
 * <p>All secrets and forms are matched together in one pass (a q-gram filter that skips text no
 * pattern can start in, and a trie where one may), and memory is linear in the secrets' total size.
 * A stream's output does not depend on how the input is split into writes and flushes; it holds back
 * only a tail that may still become a match, across flushes too. {@link OutputStream#close()} releases
 * that tail, matched as if the input ended there.
 */
public final class SecretMasker {
    public static final String REPLACEMENT = "****";
    /** Shorter secrets would mask ordinary text everywhere; they are reported instead. */
    public static final int MIN_SECRET_LENGTH = 3;

    private final PatternScanner scanner;
    private final int patternCount;
    private final List<String> warnings;

    private SecretMasker(List<byte[]> patterns, Set<ByteBuffer> wrapping, List<String> warnings) {
        this.scanner = new PatternScanner(patterns, p -> wrapping.contains(ByteBuffer.wrap(p)));
        this.patternCount = patterns.size();
        this.warnings = List.copyOf(warnings);
    }

    /**
     * A masker for these secrets and all their variants. Empty secrets are ignored; secrets shorter
     * than {@link #MIN_SECRET_LENGTH} characters are not masked and produce a warning.
     */
    public static SecretMasker of(Collection<String> secrets) {
        Set<String> forms = new LinkedHashSet<>();
        Set<ByteBuffer> hexForms = new HashSet<>();
        int tooShort = 0;
        for (String secret : secrets) {
            Objects.requireNonNull(secret, "secret");
            int length = secret.codePointCount(0, secret.length());
            if (length == 0) {
                continue;
            }
            if (length < MIN_SECRET_LENGTH) {
                tooShort++;
                continue;
            }
            forms.addAll(SecretVariants.of(secret));
            for (String hex : HexDumps.of(secret.getBytes(StandardCharsets.UTF_8))) {
                hexForms.add(ByteBuffer.wrap(hex.getBytes(StandardCharsets.US_ASCII)));
            }
        }
        Set<ByteBuffer> distinct = new LinkedHashSet<>();
        for (String form : forms) {
            distinct.add(ByteBuffer.wrap(form.getBytes(StandardCharsets.UTF_8)));
        }
        List<byte[]> patterns = new ArrayList<>(distinct.size());
        for (ByteBuffer pattern : distinct) {
            patterns.add(pattern.array());
        }
        List<String> warnings = new ArrayList<>();
        if (tooShort > 0) {
            warnings.add(Messages.format("masking.secretTooShort", tooShort, MIN_SECRET_LENGTH));
        }
        return new SecretMasker(patterns, hexForms, warnings);
    }

    /** Problems to show to the user, such as secrets too short to mask; never quoting a secret. */
    public List<String> warnings() {
        return warnings;
    }

    /** A stream that writes the masked bytes to {@code out}; it closes {@code out} when closed. */
    public OutputStream wrap(OutputStream out) {
        return new MaskingOutputStream(scanner, out);
    }

    /** The masked copy of UTF-8 (or any ASCII-compatible) bytes, as one complete input. */
    public byte[] mask(byte[] utf8) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length);
        try {
            scanner.scan(utf8, 0, utf8.length, true, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // ByteArrayOutputStream does not throw
        }
        return out.toByteArray();
    }

    public String mask(String text) {
        return new String(mask(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    /** The number of distinct byte patterns: the secrets and their variants. */
    public int patternCount() {
        return patternCount;
    }
}
