package io.jenkins.plugins.workbenchcredentials.masking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretMaskerTest {
    private static final String PASSWORD = "hunter2-Correct-Horse";

    @Test
    void masksTheSecretWhereverItAppears() {
        SecretMasker masker = SecretMasker.of(List.of(PASSWORD));

        assertThat(masker.mask("login --password " + PASSWORD + " ok; again:" + PASSWORD))
                .isEqualTo("login --password **** ok; again:****");
    }

    @Test
    void masksBase64InEveryAlignmentAlphabetAndPadding() throws Exception {
        // Bytes chosen so that the standard and URL-safe alphabets differ on this secret.
        String secret = "s3cr3t>>?~~pass";
        byte[] secretBytes = secret.getBytes(StandardCharsets.UTF_8);
        SecretMasker masker = SecretMasker.of(List.of(secret));
        assertThat(Base64.getEncoder().encodeToString(secretBytes))
                .isNotEqualTo(Base64.getUrlEncoder().encodeToString(secretBytes));

        for (Base64.Encoder encoder : List.of(
                Base64.getEncoder(),
                Base64.getUrlEncoder(),
                Base64.getEncoder().withoutPadding(),
                Base64.getUrlEncoder().withoutPadding())) {
            for (int before = 0; before < 3; before++) {
                for (int after = 0; after < 3; after++) {
                    ByteArrayOutputStream data = new ByteArrayOutputStream();
                    data.write("user:".getBytes(StandardCharsets.UTF_8), 0, before);
                    data.write(secretBytes);
                    data.write("xyz".getBytes(StandardCharsets.UTF_8), 0, after);
                    String encoded = encoder.encodeToString(data.toByteArray());

                    String masked = masker.mask(encoded);

                    String context = "before=" + before + " after=" + after + " encoded=" + encoded;
                    int star = masked.indexOf(SecretMasker.REPLACEMENT);
                    assertThat(star).as(context).isGreaterThanOrEqualTo(0);
                    String kept = masked.substring(0, star);
                    String tail = masked.substring(star + SecretMasker.REPLACEMENT.length());
                    assertThat(encoded).as(context).startsWith(kept).endsWith(tail);
                    // Kept on the left: only characters with bits of the bytes before the secret.
                    assertThat(kept.length()).as(context).isLessThanOrEqualTo((8 * before + 5) / 6);
                    // Kept on the right: only characters with bits of the bytes after it; none if it ends the data.
                    int secretOnlyEnd = 8 * (before + secretBytes.length) / 6;
                    assertThat(encoded.length() - tail.length()).as(context).isGreaterThanOrEqualTo(secretOnlyEnd);
                    if (after == 0) {
                        assertThat(tail).as(context).isEmpty();
                    }
                }
            }
        }
    }

    @Test
    void masksUrlEncodedForms() {
        String secret = "p@ss word/ä&=+!";
        SecretMasker masker = SecretMasker.of(List.of(secret));
        String form = URLEncoder.encode(secret, StandardCharsets.UTF_8);

        assertThat(masker.mask("POST /login?user=bob&password=" + form + "&next=/"))
                .isEqualTo("POST /login?user=bob&password=****&next=/");
        assertThat(masker.mask("GET /x?p=" + form.replace("+", "%20") + " HTTP/1.1"))
                .isEqualTo("GET /x?p=**** HTTP/1.1");
    }

    @Test
    void masksJsonEscapedForms() throws Exception {
        String secret = "q\"uote\\back/slash\nnew\tline-é€";
        SecretMasker masker = SecretMasker.of(List.of(secret));
        JsonMapper plain = JsonMapper.builder().build();
        JsonMapper asciiOnly =
                JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

        for (JsonMapper mapper : List.of(plain, asciiOnly)) {
            String json = mapper.writeValueAsString(Map.of("password", secret));
            assertThat(masker.mask(json)).isEqualTo("{\"password\":\"****\"}");
            String lowerHex = json.replace("\\u00E9", "\\u00e9").replace("\\u20AC", "\\u20ac");
            assertThat(masker.mask(lowerHex)).isEqualTo("{\"password\":\"****\"}");
        }
    }

    @Test
    void masksTheQuotingOfBashTrace() {
        SecretMasker masker = SecretMasker.of(List.of("it's-a-secret", "ctl\u0001byte"));

        assertThat(masker.mask("+ echo 'it'\\''s-a-secret'")).isEqualTo("+ echo '****'");
        assertThat(masker.mask("+ printf %s $'ctl\\001byte'")).isEqualTo("+ printf %s $'****'");
    }

    @Test
    void masksEachLineOfAMultiLineSecret() {
        String key =
                "-----BEGIN KEY-----\nMIIEvQIBADANBgkqhkiG9w0B\n  AQEFAASCBKcwggSjAgEAAoIB  \nAB\n-----END KEY-----";
        SecretMasker masker = SecretMasker.of(List.of(key));

        assertThat(masker.mask("line: MIIEvQIBADANBgkqhkiG9w0B\nnext: AQEFAASCBKcwggSjAgEAAoIB\n"))
                .isEqualTo("line: ****\nnext: ****\n");
        // A line too short to mask is left alone rather than masking "AB" everywhere.
        assertThat(masker.mask("ABC AB")).isEqualTo("ABC AB");
        // The whole secret is one replacement that keeps its line breaks, so the log keeps its lines.
        assertThat(masker.mask(key)).isEqualTo("****\n\n\n\n");
    }

    @Test
    void warnsAboutSecretsTooShortToMaskWithoutQuotingThem() {
        SecretMasker masker = SecretMasker.of(List.of("q7", "Z", PASSWORD));

        assertThat(masker.warnings()).hasSize(1);
        assertThat(masker.warnings().get(0))
                .contains("2")
                .contains(String.valueOf(SecretMasker.MIN_SECRET_LENGTH))
                .doesNotContain("q7")
                .doesNotContain("Z ");
        assertThat(masker.mask("q7 Z " + PASSWORD)).isEqualTo("q7 Z ****");
    }

    @Test
    void anEmptySecretIsIgnoredAndOnlyShortOnesLeaveNothingToMask() {
        SecretMasker empty = SecretMasker.of(List.of(""));
        assertThat(empty.warnings()).isEmpty();
        assertThat(empty.patternCount()).isZero();

        SecretMasker shortOnly = SecretMasker.of(List.of("ab"));
        assertThat(shortOnly.patternCount()).isZero();
        assertThat(shortOnly.mask("ab cd ab")).isEqualTo("ab cd ab");
        assertThat(streamByteByByte(shortOnly, "ab cd ab")).isEqualTo("ab cd ab");
    }

    @Test
    void countsCharactersNotBytesForTheMinimumLength() {
        SecretMasker masker = SecretMasker.of(List.of("密码", "密码学"));

        assertThat(masker.warnings()).hasSize(1);
        assertThat(masker.mask("密码 密码学")).isEqualTo("密码 ****");
    }

    @Test
    void rejectsANullSecret() {
        List<String> secrets = new ArrayList<>(List.of(PASSWORD));
        secrets.add(null);

        assertThatThrownBy(() -> SecretMasker.of(secrets)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void countsEachDistinctPatternOnce() {
        SecretMasker once = SecretMasker.of(List.of(PASSWORD));
        SecretMasker twice = SecretMasker.of(List.of(PASSWORD, PASSWORD));

        assertThat(once.patternCount())
                .isEqualTo(SecretVariants.of(PASSWORD).size())
                .isGreaterThan(1);
        assertThat(twice.patternCount()).isEqualTo(once.patternCount());
    }

    @Test
    void overlappingMatchesLeftmostWinsThenLongest() {
        SecretMasker masker = SecretMasker.of(List.of("abcdef", "cdefgh", "abc", "abcdefgh-long"));

        assertThat(masker.mask("abcdefgh")).isEqualTo("****gh"); // leftmost beats the later overlap
        assertThat(masker.mask("abcdefgh-long")).isEqualTo("****"); // longest at the same start
        assertThat(masker.mask("abcdeX")).isEqualTo("****deX"); // falls back to the shorter one
        assertThat(masker.mask("xcdefghabc")).isEqualTo("x********");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 7, 13})
    void aSecretSplitAcrossWritesIsStillMasked(int pieceSize) throws IOException {
        SecretMasker masker = SecretMasker.of(List.of(PASSWORD));
        String text = "[INFO] deploy --token " + PASSWORD + " --token=" + PASSWORD + "\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();

        try (OutputStream out = masker.wrap(sink)) {
            for (int i = 0; i < bytes.length; i += pieceSize) {
                out.write(bytes, i, Math.min(pieceSize, bytes.length - i));
            }
        }

        assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo(masker.mask(text));
        assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("[INFO] deploy --token **** --token=****\n");
    }

    @Test
    void holdsBackOnlyATailThatMayStillBecomeASecret() throws IOException {
        SecretMasker masker = SecretMasker.of(List.of(PASSWORD));
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        OutputStream out = masker.wrap(sink);

        out.write("login hunter2-Corr".getBytes(StandardCharsets.UTF_8));
        assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("login ");

        out.write("ect-Horse done\n".getBytes(StandardCharsets.UTF_8));
        assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("login **** done\n");

        out.write("hunter2-Corral\n".getBytes(StandardCharsets.UTF_8));
        assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("login **** done\nhunter2-Corral\n");
    }

    @Test
    void aSecretSplitByAFlushIsStillMasked() throws IOException {
        SecretMasker masker = SecretMasker.of(List.of(PASSWORD));
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        OutputStream out = masker.wrap(sink);

        out.write("login hunter2-Corr".getBytes(StandardCharsets.UTF_8));
        out.flush();
        assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("login ");

        out.write("ect-Horse\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("login ****\n");
    }

    @Test
    void flushHoldsOnlyWhatMayStillBecomeTheLongerSecret() throws IOException {
        SecretMasker masker = SecretMasker.of(List.of("abc", "abcdefgh"));
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        OutputStream out = masker.wrap(sink);

        out.write("xabcde".getBytes(StandardCharsets.UTF_8));
        out.flush();
        assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("x");

        out.write("!".getBytes(StandardCharsets.UTF_8));
        assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("x****de!");
    }

    @Test
    void closeReleasesTheHeldTailAndClosesTheTarget() throws IOException {
        SecretMasker masker = SecretMasker.of(List.of("abc", "abcdefgh"));
        ClosingSink sink = new ClosingSink();
        OutputStream out = masker.wrap(sink);

        out.write("end abcdef".getBytes(StandardCharsets.UTF_8));
        out.close();
        out.close();

        assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("end ****def");
        assertThat(sink.closeCount).isEqualTo(1);
        assertThatThrownBy(() -> out.write('x')).isInstanceOf(IOException.class);
        assertThatThrownBy(out::flush).isInstanceOf(IOException.class);
    }

    @Test
    void writesOutsideTheArrayAreRejected() {
        OutputStream out = SecretMasker.of(List.of(PASSWORD)).wrap(new ByteArrayOutputStream());

        assertThatThrownBy(() -> out.write(new byte[4], 2, 3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void masksBytesWithoutTouchingTheInput() {
        SecretMasker masker = SecretMasker.of(List.of(PASSWORD));
        byte[] input = ("a " + PASSWORD + " b").getBytes(StandardCharsets.UTF_8);
        byte[] copy = input.clone();

        byte[] masked = masker.mask(input);

        assertThat(new String(masked, StandardCharsets.UTF_8)).isEqualTo("a **** b");
        assertThat(Arrays.equals(input, copy)).isTrue();
    }

    @Test
    void longSecretsAndManyOfThemStreamExactly() throws IOException {
        List<String> secrets = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            String secret = "tok-" + Integer.toString(i * 7919, 36) + "-" + "x".repeat(i % 50) + "-" + i;
            secrets.add(secret);
            text.append("[step ")
                    .append(i)
                    .append("] using ")
                    .append(i % 3 == 0 ? secret : "nothing")
                    .append('\n');
            text.append(Base64.getEncoder().encodeToString(("k=" + secret).getBytes(StandardCharsets.UTF_8)))
                    .append('\n');
        }
        SecretMasker masker = SecretMasker.of(secrets);
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        List<byte[]> patterns = secrets.stream()
                .flatMap(s -> SecretVariants.of(s).stream())
                .distinct()
                .map(s -> s.getBytes(StandardCharsets.UTF_8))
                .toList();

        byte[] expected = MaskingFixtures.naiveMask(patterns, bytes);
        assertThat(new String(masker.mask(bytes), StandardCharsets.UTF_8))
                .isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(streamByteByByte(masker, text.toString())).isEqualTo(new String(expected, StandardCharsets.UTF_8));
        for (String secret : secrets) {
            assertThat(new String(expected, StandardCharsets.UTF_8)).doesNotContain(secret);
        }
    }

    private static String streamByteByByte(SecretMasker masker, String text) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (OutputStream out = masker.wrap(sink)) {
            for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
                out.write(b);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return sink.toString(StandardCharsets.UTF_8);
    }

    private static final class ClosingSink extends ByteArrayOutputStream {
        int closeCount;

        @Override
        public void close() {
            closeCount++;
        }
    }
}
