package io.jenkins.plugins.workbenchcredentials.masking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretVariantsTest {

    @Test
    void aPlainAlphanumericSecretHasItselfAndItsBase64Fragments() {
        String secret = "Alphanumeric0Token";
        Set<String> forms = SecretVariants.of(secret);

        assertThat(forms).contains(secret);
        assertThat(forms).containsAll(Base64Fragments.of(secret.getBytes(StandardCharsets.UTF_8)));
        assertThat(forms).containsAll(HexDumps.of(secret.getBytes(StandardCharsets.UTF_8)));
        // URL, JSON and shell forms of such a secret are the secret itself: nothing more.
        assertThat(forms)
                .hasSize(1
                        + Base64Fragments.of(secret.getBytes(StandardCharsets.UTF_8))
                                .size()
                        + HexDumps.of(secret.getBytes(StandardCharsets.UTF_8)).size());
    }

    @Test
    void base64FragmentsAppearInAnyEncodingThatEmbedsTheSecret() {
        byte[] secret = "pa55>word?~".getBytes(StandardCharsets.UTF_8);
        Set<String> fragments = Base64Fragments.of(secret);
        Random random = new Random(42);

        for (int trial = 0; trial < 200; trial++) {
            byte[] before = new byte[random.nextInt(7)];
            byte[] after = new byte[random.nextInt(7)];
            random.nextBytes(before);
            random.nextBytes(after);
            byte[] data = concat(before, secret, after);
            for (Base64.Encoder encoder : new Base64.Encoder[] {
                Base64.getEncoder(), Base64.getUrlEncoder(), Base64.getEncoder().withoutPadding()
            }) {
                String encoded = encoder.encodeToString(data);
                assertThat(fragments.stream().anyMatch(encoded::contains))
                        .as("%s of %d+%d+%d bytes", encoded, before.length, secret.length, after.length)
                        .isTrue();
            }
        }
    }

    @Test
    void base64FragmentsLeaveOutOnlyTheEdgeCharacters() {
        byte[] secret = "pa55>word?~".getBytes(StandardCharsets.UTF_8);
        for (String fragment : Base64Fragments.of(secret)) {
            // Each fragment is at least 4/3 of the secret less the two edge characters.
            assertThat(fragment.length()).isGreaterThanOrEqualTo(4 * secret.length / 3 - 2);
        }
    }

    @Test
    void urlEncodedForms() {
        String secret = "a b~c*d/é";
        Set<String> forms = SecretVariants.of(secret);
        String form = URLEncoder.encode(secret, StandardCharsets.UTF_8);

        assertThat(forms).contains(form, form.replace("+", "%20"), "a%20b~c%2Ad%2F%C3%A9");
    }

    @Test
    void jsonEscapedForms() throws Exception {
        String secret = "say \"hi\"/\\é\u0001";
        Set<String> forms = SecretVariants.of(secret);
        String json = JsonMapper.builder().build().writeValueAsString(secret);
        String inner = json.substring(1, json.length() - 1);

        assertThat(forms).contains(inner, inner.replace("/", "\\/"));
        assertThat(forms).contains(inner.replace("é", "\\u00E9"), inner.replace("é", "\\u00e9"));
    }

    @Test
    void shellTraceForms() {
        assertThat(SecretVariants.of("it's")).contains("it'\\''s");
        assertThat(SecretVariants.of("a\u001bb\u0007c\\d'e\u0001é"))
                .contains("a\\Eb\\ac\\\\d\\'e\\001é", "a\\Eb\\ac\\\\d\\'e\\001\\303\\251");
    }

    @Test
    void eachLineOfAMultiLineSecretTrimmedWhenLongEnough() {
        Set<String> forms = SecretVariants.of("first-line\r\n  second  \nxy\rthird\n");

        assertThat(forms).contains("first-line", "second", "third").doesNotContain("xy", "  second  ");
    }

    @Test
    void formsShorterThanTheMinimumAreLeftOut() {
        for (String form : SecretVariants.of("abc\n?\u0001")) {
            assertThat(form.getBytes(StandardCharsets.UTF_8).length)
                    .isGreaterThanOrEqualTo(SecretMasker.MIN_SECRET_LENGTH);
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
