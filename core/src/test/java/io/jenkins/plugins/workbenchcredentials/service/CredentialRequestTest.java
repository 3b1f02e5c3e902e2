package io.jenkins.plugins.workbenchcredentials.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.workbenchcredentials.model.CredentialType;
import io.jenkins.plugins.workbenchcredentials.model.SecretValue;
import org.junit.jupiter.api.Test;

class CredentialRequestTest {
    private static final SecretValue SECRET = SecretValue.of("s3cr3t-value");

    @Test
    void theTypesSecretGoesToItsOwnField() {
        CredentialRequest password = CredentialRequest.builder()
                .secret(CredentialType.USERNAME_PASSWORD, SECRET)
                .build();
        assertThat(password.password()).isEqualTo(SECRET);
        assertThat(password.token()).isNull();
        assertThat(password.kubeconfig()).isNull();

        CredentialRequest token = CredentialRequest.builder()
                .secret(CredentialType.SECRET_TEXT, SECRET)
                .build();
        assertThat(token.token()).isEqualTo(SECRET);
        assertThat(token.password()).isNull();

        CredentialRequest kubeconfig = CredentialRequest.builder()
                .secret(CredentialType.KUBECONFIG, SECRET)
                .build();
        assertThat(kubeconfig.kubeconfig()).isEqualTo(SECRET);
        assertThat(kubeconfig.token()).isNull();
    }

    @Test
    void toStringShowsNoSecret() {
        assertThat(CredentialRequest.builder()
                        .id("x")
                        .secret(CredentialType.SECRET_TEXT, SECRET)
                        .build()
                        .toString())
                .contains("x")
                .doesNotContain("s3cr3t-value");
    }
}
