package io.jenkins.plugins.workbenchcredentials.service;

import io.jenkins.plugins.workbenchcredentials.model.CredentialType;
import io.jenkins.plugins.workbenchcredentials.model.SecretValue;

/**
 * What a caller sends to create or update a credential. On create, {@code id}, {@code type} and the
 * type's fields are required. On update every field is optional: {@code null} keeps the stored value,
 * a blank secret keeps the stored secret, {@code id} and {@code type} (if given) must equal the stored
 * ones, and {@code revision} (if given) must be the stored revision, so an edit made on a stale copy is
 * refused instead of overwriting a newer change.
 *
 * <p>Secret fields are {@link SecretValue}s, so this record's {@code toString} shows no secret.
 */
public record CredentialRequest(
        String id,
        String type,
        String description,
        String scope,
        String username,
        SecretValue password,
        SecretValue token,
        SecretValue kubeconfig,
        String defaultContext,
        String defaultNamespace,
        Long revision) {

    public static Builder builder() {
        return new Builder();
    }

    /** Readable construction for hosts that collect fields one by one (forms, CLI options). */
    public static final class Builder {
        private String id;
        private String type;
        private String description;
        private String scope;
        private String username;
        private SecretValue password;
        private SecretValue token;
        private SecretValue kubeconfig;
        private String defaultContext;
        private String defaultNamespace;
        private Long revision;

        public Builder id(String value) {
            id = value;
            return this;
        }

        public Builder type(String value) {
            type = value;
            return this;
        }

        public Builder description(String value) {
            description = value;
            return this;
        }

        public Builder scope(String value) {
            scope = value;
            return this;
        }

        public Builder username(String value) {
            username = value;
            return this;
        }

        public Builder password(String value) {
            password = value == null ? null : SecretValue.of(value);
            return this;
        }

        public Builder token(String value) {
            token = value == null ? null : SecretValue.of(value);
            return this;
        }

        public Builder kubeconfig(String value) {
            kubeconfig = value == null ? null : SecretValue.of(value);
            return this;
        }

        /** The type's one secret: the password, the token or the kubeconfig text. */
        public Builder secret(CredentialType type, SecretValue value) {
            switch (type) {
                case USERNAME_PASSWORD -> password = value;
                case SECRET_TEXT -> token = value;
                case KUBECONFIG -> kubeconfig = value;
            }
            return this;
        }

        public Builder defaultContext(String value) {
            defaultContext = value;
            return this;
        }

        public Builder defaultNamespace(String value) {
            defaultNamespace = value;
            return this;
        }

        public Builder revision(Long value) {
            revision = value;
            return this;
        }

        public CredentialRequest build() {
            return new CredentialRequest(
                    id,
                    type,
                    description,
                    scope,
                    username,
                    password,
                    token,
                    kubeconfig,
                    defaultContext,
                    defaultNamespace,
                    revision);
        }
    }
}
