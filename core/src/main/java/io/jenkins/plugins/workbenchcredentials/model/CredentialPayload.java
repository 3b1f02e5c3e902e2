package io.jenkins.plugins.workbenchcredentials.model;

/** The type-specific part of a credential: exactly one record per {@link CredentialType}. */
public sealed interface CredentialPayload
        permits CredentialPayload.UsernamePassword, CredentialPayload.SecretText, CredentialPayload.Kubeconfig {

    CredentialType type();

    /** Username and password, e.g. a registry or Git account. */
    record UsernamePassword(String username, SecretValue password) implements CredentialPayload {
        @Override
        public CredentialType type() {
            return CredentialType.USERNAME_PASSWORD;
        }
    }

    /** One secret string, e.g. a personal access token. */
    record SecretText(SecretValue token) implements CredentialPayload {
        @Override
        public CredentialType type() {
            return CredentialType.SECRET_TEXT;
        }
    }

    /**
     * A kubeconfig file, with the context and namespace a binding selects when the pipeline names none
     * ({@code null}: the file's own current-context and the context's namespace).
     */
    record Kubeconfig(SecretValue content, String defaultContext, String defaultNamespace)
            implements CredentialPayload {
        @Override
        public CredentialType type() {
            return CredentialType.KUBECONFIG;
        }
    }
}
