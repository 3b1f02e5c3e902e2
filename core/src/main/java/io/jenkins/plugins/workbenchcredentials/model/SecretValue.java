package io.jenkins.plugins.workbenchcredentials.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A secret (password, token, kubeconfig text). It can be read into JSON requests, but its
 * {@code toString}, JSON form and anything derived from them are a fixed redaction: the value is only
 * reachable through {@link #plainText()}, so every place that reveals it is easy to find.
 */
@JsonSerialize(using = SecretValue.Redacting.class)
public final class SecretValue {
    public static final String REDACTED = "****";

    private final String plainText;

    private SecretValue(String plainText) {
        this.plainText = plainText;
    }

    @JsonCreator
    public static SecretValue of(String plainText) {
        return new SecretValue(Objects.requireNonNull(plainText, "plainText"));
    }

    /** The secret itself. Callers must not log, print or return it. */
    public String plainText() {
        return plainText;
    }

    public boolean isBlank() {
        return plainText.isBlank();
    }

    public int length() {
        return plainText.length();
    }

    /** Size in UTF-8 bytes, the unit of the stored limits. */
    public int utf8Length() {
        return plainText.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Compares in time independent of where the values differ. */
    @Override
    public boolean equals(Object o) {
        return o instanceof SecretValue other
                && MessageDigest.isEqual(
                        plainText.getBytes(StandardCharsets.UTF_8), other.plainText.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        // A constant: a hash of the value would leak information about it.
        return 0x5ec7e7;
    }

    @Override
    public String toString() {
        return REDACTED;
    }

    /** Writes every secret as the redaction, so no response can carry one by accident. */
    static final class Redacting extends StdSerializer<SecretValue> {
        @Serial
        private static final long serialVersionUID = 1L;

        Redacting() {
            super(SecretValue.class);
        }

        @Override
        public void serialize(SecretValue value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(REDACTED);
        }
    }
}
