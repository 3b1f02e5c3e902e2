package io.jenkins.plugins.workbenchcredentials.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.jenkins.plugins.workbenchcredentials.expiry.CredentialExpiry;
import io.jenkins.plugins.workbenchcredentials.expiry.ExpiryPolicy;
import io.jenkins.plugins.workbenchcredentials.expiry.ExpiryStatus;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.ContextSummary;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.Expiry;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.UnknownExpiry;
import io.jenkins.plugins.workbenchcredentials.usage.RecordedUse;
import java.time.Instant;
import java.util.List;

/**
 * A credential as the API, page and CLI show it. It has no field that can hold a secret: secrets are
 * write-only. {@code username} is shown, as Jenkins shows it; {@code kubeconfig} is a summary.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CredentialView(
        String id,
        String type,
        String description,
        String scope,
        Instant createdAt,
        Instant updatedAt,
        long revision,
        String username,
        KubeconfigView kubeconfig,
        ExpiryView expiry,
        RecordedUse lastUsed,
        int usedBy) {

    /**
     * When the credential stops working, as of the moment it was read: absent for a password or a
     * token that carries no date. {@code unknown} names the first user whose date cannot be read.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExpiryView(ExpiryStatus status, Instant expiresAt, String kind, String user, UnknownExpiry unknown) {
        static ExpiryView of(CredentialExpiry facts, ExpiryPolicy policy, Instant now) {
            return facts == null
                    ? null
                    : new ExpiryView(
                            facts.status(policy, now), facts.expiresAt(), facts.kind(), facts.user(), facts.unknown());
        }
    }

    /** What the list and the edit form show of a kubeconfig, without its secrets. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record KubeconfigView(
            String defaultContext,
            String defaultNamespace,
            String context,
            String cluster,
            String server,
            String namespace,
            List<ContextSummary> contexts,
            Expiry earliestExpiry,
            int warnings) {}
}
