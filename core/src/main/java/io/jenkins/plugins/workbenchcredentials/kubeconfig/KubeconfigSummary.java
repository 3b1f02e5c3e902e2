package io.jenkins.plugins.workbenchcredentials.kubeconfig;

import java.util.List;

/**
 * The contexts of a kubeconfig, as the workbench lists them.
 *
 * @param currentContext the file's {@code current-context}; {@code null} when it sets none
 * @param earliestExpiry the first client certificate or token to expire; {@code null} when none carries a date
 * @param unknownExpiries the users whose access may end on a date the file does not tell (an exec plugin,
 *     an auth provider, a certificate or token in a file, a token that is no JWT, a password): for them,
 *     no date means "unknown", never "does not expire"
 */
public record KubeconfigSummary(
        String currentContext,
        List<ContextSummary> contexts,
        Expiry earliestExpiry,
        List<UnknownExpiry> unknownExpiries) {

    public KubeconfigSummary {
        contexts = List.copyOf(contexts);
        unknownExpiries = List.copyOf(unknownExpiries);
    }
}
