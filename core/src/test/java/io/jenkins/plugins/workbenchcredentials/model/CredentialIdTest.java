package io.jenkins.plugins.workbenchcredentials.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.workbenchcredentials.error.ErrorCode;
import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CredentialIdTest {

    @Test
    void acceptsJenkinsStyleIds() {
        for (String id :
                new String[] {"dockerhub-id", "prod_kube.v2", "A", "0", "-", "a".repeat(CredentialId.MAX_LENGTH)}) {
            assertThat(CredentialId.of(id).value()).isEqualTo(id);
            assertThat(CredentialId.isValid(id)).isTrue();
        }
    }

    @Test
    void refusesEmptyAndNull() {
        assertInvalid(null, "id.required");
        assertInvalid("", "id.required");
    }

    @Test
    void refusesIdsThatAUrlPathCollapses() {
        assertInvalid(".", "id.onlyDots");
        assertInvalid("..", "id.onlyDots");
        assertThat(CredentialId.isValid("..")).isFalse();
        assertThat(CredentialId.of("...").value()).isEqualTo("...");
        assertThat(CredentialId.of(".env").value()).isEqualTo(".env");
    }

    @Test
    void refusesOverlongIds() {
        assertInvalid("a".repeat(CredentialId.MAX_LENGTH + 1), "id.tooLong");
    }

    @Test
    void namesTheOffendingCharacterAndPosition() {
        assertThatThrownBy(() -> CredentialId.of("docker hub"))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("space")
                .hasMessageContaining("position 7");
        assertThatThrownBy(() -> CredentialId.of("a/b")).hasMessageContaining("'/'");
        assertThatThrownBy(() -> CredentialId.of("a\nb")).hasMessageContaining("U+000A");
    }

    @Test
    void equalityIsByValue() {
        assertThat(CredentialId.of("x")).isEqualTo(CredentialId.of("x")).hasSameHashCodeAs(CredentialId.of("x"));
        assertThat(CredentialId.of("x")).isNotEqualTo(CredentialId.of("X"));
    }

    @Property
    void anyIdWithACharacterOutsideTheRuleIsRefused(
            @ForAll("validIds") String prefix, @ForAll("invalidChars") char bad, @ForAll("validIds") String suffix) {
        String id = prefix + bad + suffix;
        assertThat(CredentialId.isValid(id)).isFalse();
        assertThatThrownBy(() -> CredentialId.of(id)).isInstanceOfSatisfying(WorkbenchException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
            assertThat(e.field()).isEqualTo("id");
        });
    }

    @Property
    void anyIdInsideTheRuleIsAccepted(@ForAll("validIds") @StringLength(min = 1) String id) {
        Assume.that(!id.equals(".") && !id.equals(".."));
        assertThat(CredentialId.of(id).value()).isEqualTo(id);
    }

    @Provide
    Arbitrary<String> validIds() {
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('A', 'Z')
                .withCharRange('0', '9')
                .withChars('_', '.', '-')
                .ofMinLength(1)
                .ofMaxLength(60);
    }

    @Provide
    Arbitrary<Character> invalidChars() {
        return Arbitraries.chars().filter(c -> !CredentialId.isIdChar(c));
    }

    private static void assertInvalid(String id, String key) {
        assertThatThrownBy(() -> CredentialId.of(id)).isInstanceOfSatisfying(WorkbenchException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo("id");
        });
    }
}
