package io.jenkins.plugins.workbenchcredentials.kubeconfig;

import java.util.List;

/**
 * The contexts of a kubeconfig, as the workbench lists them.
 *
 * @param currentContext the file's {@code current-context}; {@code null} when it sets none
 * @param earliestExpiry the first client certificate or token to expire; {@code null} when none carries a date
 */
public record KubeconfigSummary(String currentContext, List<ContextSummary> contexts, Expiry earliestExpiry) {

    public KubeconfigSummary {
        contexts = List.copyOf(contexts);
    }
}
