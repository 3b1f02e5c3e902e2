package io.jenkins.plugins.workbenchcredentials.preview.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.jenkins.plugins.workbenchcredentials.model.Credential;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.model.CredentialPayload;
import io.jenkins.plugins.workbenchcredentials.model.CredentialScope;
import io.jenkins.plugins.workbenchcredentials.model.CredentialType;
import io.jenkins.plugins.workbenchcredentials.model.SecretValue;
import java.time.Instant;
import java.util.Objects;

/**
 * A credential as the store file holds it, secrets in plain text: this record only ever exists
 * between the cipher and the model, and its {@code toString} shows no secret.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record StoredCredential(
        String id,
        String type,
        String description,
        String scope,
        Instant createdAt,
        Instant updatedAt,
        long revision,
        String username,
        String password,
        String token,
        String kubeconfig,
        String defaultContext,
        String defaultNamespace) {

    static StoredCredential of(Credential credential) {
        String username = null;
        String password = null;
        String token = null;
        String kubeconfig = null;
        String defaultContext = null;
        String defaultNamespace = null;
        CredentialPayload payload = credential.payload();
        if (payload instanceof CredentialPayload.UsernamePassword up) {
            username = up.username();
            password = up.password().plainText();
        } else if (payload instanceof CredentialPayload.SecretText st) {
            token = st.token().plainText();
        } else if (payload instanceof CredentialPayload.Kubeconfig kc) {
            kubeconfig = kc.content().plainText();
            defaultContext = kc.defaultContext();
            defaultNamespace = kc.defaultNamespace();
        }
        return new StoredCredential(
                credential.id().value(),
                credential.type().wireName(),
                credential.description(),
                credential.scope().wireName(),
                credential.createdAt(),
                credential.updatedAt(),
                credential.revision(),
                username,
                password,
                token,
                kubeconfig,
                defaultContext,
                defaultNamespace);
    }

    /** The model's credential; throws (a {@code WorkbenchException} or NPE) when a field is missing or invalid. */
    Credential toCredential() {
        CredentialType credentialType = CredentialType.fromWireName(type);
        CredentialPayload payload =
                switch (credentialType) {
                    case USERNAME_PASSWORD ->
                        new CredentialPayload.UsernamePassword(
                                Objects.requireNonNull(username, "username"), secret(password, "password"));
                    case SECRET_TEXT -> new CredentialPayload.SecretText(secret(token, "token"));
                    case KUBECONFIG ->
                        new CredentialPayload.Kubeconfig(
                                secret(kubeconfig, "kubeconfig"), defaultContext, defaultNamespace);
                };
        return new Credential(
                CredentialId.of(id),
                description,
                CredentialScope.fromWireName(scope),
                payload,
                Objects.requireNonNull(createdAt, "createdAt"),
                Objects.requireNonNull(updatedAt, "updatedAt"),
                revision);
    }

    private static SecretValue secret(String value, String field) {
        return SecretValue.of(Objects.requireNonNull(value, field));
    }

    @Override
    public String toString() {
        return "StoredCredential[id=" + id + ", type=" + type + ", revision=" + revision + "]";
    }
}
