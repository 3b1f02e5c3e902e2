package io.jenkins.plugins.workbenchcredentials.preview.cli;

import io.jenkins.plugins.workbenchcredentials.model.CredentialType;
import io.jenkins.plugins.workbenchcredentials.model.FieldLimits;
import io.jenkins.plugins.workbenchcredentials.model.SecretValue;
import io.jenkins.plugins.workbenchcredentials.service.CredentialRequest;
import io.jenkins.plugins.workbenchcredentials.service.CredentialRules;
import java.io.IOException;

/** Reads the secret of a credential type from standard input into a request. */
final class SecretPrompt {
    private SecretPrompt() {}

    /**
     * @param keepHint what the prompt adds when an empty answer keeps the stored secret ({@code null} on create)
     * @return whether a non-empty secret was read
     */
    static boolean read(CredentialType type, SecretInput input, CredentialRequest.Builder request, String keepHint)
            throws IOException {
        String hint = keepHint == null ? "" : " " + keepHint;
        String secret =
                switch (type) {
                    case USERNAME_PASSWORD ->
                        input.line(CredentialRules.PASSWORD, "Password" + hint, FieldLimits.PASSWORD_MAX_BYTES);
                    case SECRET_TEXT ->
                        input.line(CredentialRules.TOKEN, "Secret text" + hint, FieldLimits.TOKEN_MAX_BYTES);
                    case KUBECONFIG ->
                        input.text(CredentialRules.KUBECONFIG, "Kubeconfig" + hint, FieldLimits.KUBECONFIG_MAX_BYTES);
                };
        if (secret.isEmpty()) {
            return false;
        }
        request.secret(type, SecretValue.of(secret));
        return true;
    }
}
