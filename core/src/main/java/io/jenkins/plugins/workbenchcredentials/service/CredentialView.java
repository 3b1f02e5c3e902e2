package io.jenkins.plugins.workbenchcredentials.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.ContextSummary;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.Expiry;
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
        RecordedUse lastUsed,
        int usedBy) {

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
