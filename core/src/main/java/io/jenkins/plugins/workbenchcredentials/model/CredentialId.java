package io.jenkins.plugins.workbenchcredentials.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;

/**
 * The name pipelines use for a credential, e.g. {@code dockerhub-id}. Jenkins' own rule,
 * {@code [a-zA-Z0-9_.-]+}, checked on every path rather than only in a form, and at most
 * {@value #MAX_LENGTH} characters so it fits in URLs, file names and log lines. {@code .} and
 * {@code ..} are refused too: browsers and servers collapse them in a URL path, so no page could
 * reach such a credential.
 */
public final class CredentialId implements Comparable<CredentialId> {
    public static final int MAX_LENGTH = 128;
    public static final String FIELD = "id";

    private final String value;

    private CredentialId(String value) {
        this.value = value;
    }

    /** Parses an ID, failing with an {@code INVALID_INPUT} error on field {@code id} that says why. */
    @JsonCreator
    public static CredentialId of(String value) {
        if (value == null || value.isEmpty()) {
            throw WorkbenchException.invalid(FIELD, "id.required");
        }
        if (value.length() > MAX_LENGTH) {
            throw WorkbenchException.invalid(FIELD, "id.tooLong", MAX_LENGTH);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isIdChar(c)) {
                // The offending character is input the user typed as a name, never a secret.
                throw WorkbenchException.invalid(FIELD, "id.badCharacter", describe(c), i + 1);
            }
        }
        if (isDotsOnly(value)) {
            throw WorkbenchException.invalid(FIELD, "id.onlyDots");
        }
        return new CredentialId(value);
    }

    /** Whether the text is a valid ID, without building an error. */
    public static boolean isValid(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (!isIdChar(value.charAt(i))) {
                return false;
            }
        }
        return !isDotsOnly(value);
    }

    private static boolean isDotsOnly(String value) {
        return value.equals(".") || value.equals("..");
    }

    /** Whether the character may appear in an ID. */
    public static boolean isIdChar(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '_'
                || c == '.'
                || c == '-';
    }

    private static String describe(char c) {
        if (c == ' ') {
            return "space";
        }
        if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSurrogate(c)) {
            return String.format("U+%04X", (int) c);
        }
        return "'" + c + "'";
    }

    @JsonValue
    public String value() {
        return value;
    }

    @Override
    public int compareTo(CredentialId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CredentialId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
