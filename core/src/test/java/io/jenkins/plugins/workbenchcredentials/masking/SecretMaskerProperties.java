package io.jenkins.plugins.workbenchcredentials.masking;

import static io.jenkins.plugins.workbenchcredentials.masking.MaskingFixtures.naiveMask;
import static io.jenkins.plugins.workbenchcredentials.masking.MaskingFixtures.streamInPieces;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * End to end: random secrets (with quotes, backslashes, slashes, spaces, line breaks, non-ASCII),
 * texts that embed them and their variants among noise, and random splits into writes. No secret has
 * a {@code *}, so a replacement can never combine with its neighbours into a secret.
 */
class SecretMaskerProperties {
    private static final String SECRET_CHARS = "abcXY01 '\"/\\\n+=&%é€-_~";

    @Property(tries = 300)
    void streamedOutputEqualsOneShotWhateverTheSplit(@ForAll("cases") Case c) {
        SecretMasker masker = SecretMasker.of(c.secrets());
        byte[] text = c.text().getBytes(StandardCharsets.UTF_8);

        byte[] streamed = streamInPieces(masker::wrap, text, c.cuts(), false);

        assertThat(utf8(streamed)).isEqualTo(utf8(masker.mask(text)));
    }

    @Property(tries = 300)
    void maskedOutputContainsNoSecretAndNoVariant(@ForAll("cases") Case c) {
        SecretMasker masker = SecretMasker.of(c.secrets());

        String masked = masker.mask(c.text());

        for (String form : forms(c.secrets())) {
            assertThat(masked).doesNotContain(form);
        }
    }

    @Property(tries = 200)
    void masksExactlyLikeTheNaiveReferenceOverAllForms(@ForAll("cases") Case c) {
        SecretMasker masker = SecretMasker.of(c.secrets());
        List<byte[]> patterns = forms(c.secrets()).stream()
                .map(f -> f.getBytes(StandardCharsets.UTF_8))
                .toList();
        byte[] text = c.text().getBytes(StandardCharsets.UTF_8);

        assertThat(utf8(masker.mask(text))).isEqualTo(utf8(naiveMask(patterns, text)));
        assertThat(masker.patternCount()).isEqualTo(forms(c.secrets()).size());
    }

    @Property(tries = 200)
    void textWithoutSecretsPassesUnchanged(@ForAll("cases") Case c, @ForAll("noise") String text) {
        List<String> forms = forms(c.secrets());
        Assume.that(forms.stream().noneMatch(text::contains));
        SecretMasker masker = SecretMasker.of(c.secrets());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        assertThat(masker.mask(text)).isEqualTo(text);
        assertThat(utf8(streamInPieces(masker::wrap, bytes, c.cuts(), false))).isEqualTo(text);
    }

    @Property(tries = 200)
    void flushesChangeNothing(@ForAll("cases") Case c) {
        SecretMasker masker = SecretMasker.of(c.secrets());
        byte[] text = c.text().getBytes(StandardCharsets.UTF_8);

        byte[] streamed = streamInPieces(masker::wrap, text, c.cuts(), true);

        assertThat(utf8(streamed)).isEqualTo(utf8(masker.mask(text)));
    }

    record Case(List<String> secrets, String text, List<Integer> cuts) {
        @Override
        public String toString() {
            // Test data only: showing it makes a failure reproducible.
            return "secrets=" + secrets + " text=" + text + " cuts=" + cuts;
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> secret =
                Arbitraries.strings().withChars(SECRET_CHARS).ofMinLength(3).ofMaxLength(14);
        return secret.list().ofMinSize(1).ofMaxSize(4).flatMap(secrets -> {
            List<String> forms = forms(secrets);
            Arbitrary<String> piece = Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(3, noise()),
                    net.jqwik.api.Tuple.of(2, Arbitraries.of(forms)),
                    net.jqwik.api.Tuple.of(1, Arbitraries.of(forms).map(f -> f.substring(0, f.length() / 2))));
            Arbitrary<String> text = piece.list().ofMaxSize(10).map(pieces -> String.join("", pieces));
            Arbitrary<List<Integer>> cuts =
                    Arbitraries.integers().between(0, 1000).list().ofMaxSize(10);
            return Combinators.combine(text, cuts).as((t, c) -> new Case(secrets, t, c));
        });
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.strings().withChars("abcXY01 :=/.\n[]é").ofMaxLength(40);
    }

    /** The forms the masker is expected to mask: every variant of every secret. */
    private static List<String> forms(List<String> secrets) {
        return secrets.stream()
                .flatMap(s -> SecretVariants.of(s).stream())
                .distinct()
                .toList();
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
