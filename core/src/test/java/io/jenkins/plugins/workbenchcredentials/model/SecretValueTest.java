package io.jenkins.plugins.workbenchcredentials.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.workbenchcredentials.model.CredentialPayload.UsernamePassword;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SecretValueTest {
    private static final String SECRET = "s3cr3t-value";

    @Test
    void toStringIsRedacted() {
        assertThat(SecretValue.of(SECRET).toString()).isEqualTo("****");
    }

    @Test
    void recordsHoldingSecretsDoNotPrintThem() {
        Credential credential = new Credential(
                CredentialId.of("x"),
                "d",
                CredentialScope.GLOBAL,
                new UsernamePassword("bob", SecretValue.of(SECRET)),
                Instant.EPOCH,
                Instant.EPOCH,
                1);
        assertThat(credential.toString()).contains("bob").doesNotContain(SECRET);
    }

    @Test
    void jsonIsRedactedButReadable() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.writeValueAsString(SecretValue.of(SECRET))).isEqualTo("\"****\"");
        assertThat(mapper.readValue("\"" + SECRET + "\"", SecretValue.class).plainText())
                .isEqualTo(SECRET);
    }

    @Test
    void equalityComparesValues() {
        assertThat(SecretValue.of(SECRET)).isEqualTo(SecretValue.of(SECRET)).isNotEqualTo(SecretValue.of("other"));
    }

    @Test
    void measuresUtf8Bytes() {
        assertThat(SecretValue.of("é").utf8Length()).isEqualTo(2);
        assertThat(SecretValue.of("   ").isBlank()).isTrue();
    }
}
