package io.jenkins.plugins.workbenchcredentials.service;

import io.jenkins.plugins.workbenchcredentials.expiry.CredentialExpiry;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.CredentialDates;
import io.jenkins.plugins.workbenchcredentials.model.Credential;
import io.jenkins.plugins.workbenchcredentials.model.CredentialPayload;
import java.time.Instant;

/**
 * What each credential tells of its expiry: a kubeconfig its users' certificates and tokens (and which
 * users hide their date); a secret text its JWT {@code exp}, when it is a JWT. A password, or a token
 * that is not a JWT, says nothing: {@code null}, shown as no expiry at all.
 */
final class CredentialExpiries {
    private final KubeconfigSummaries summaries;

    CredentialExpiries(KubeconfigSummaries summaries) {
        this.summaries = summaries;
    }

    CredentialExpiry of(Credential credential) {
        CredentialPayload payload = credential.payload();
        if (payload instanceof CredentialPayload.Kubeconfig kubeconfig) {
            return summaries.expiry(kubeconfig);
        }
        if (payload instanceof CredentialPayload.SecretText text) {
            Instant exp = CredentialDates.jwtExpiry(text.token().plainText());
            return exp == null ? null : CredentialExpiry.ofToken(exp);
        }
        return null;
    }
}
