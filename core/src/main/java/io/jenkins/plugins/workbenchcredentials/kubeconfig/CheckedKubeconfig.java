package io.jenkins.plugins.workbenchcredentials.kubeconfig;

import java.util.Map;

/**
 * A parsed kubeconfig with its analysis: the result for callers, and the entries by name for
 * {@link KubeconfigSelector}. The entries are {@code null} when the text was not a YAML mapping.
 */
record CheckedKubeconfig(
        KubeconfigAnalysis analysis,
        Map<?, ?> root,
        Map<String, NamedEntry> clusters,
        Map<String, NamedEntry> users,
        Map<String, NamedEntry> contexts) {

    /** The result for text that is not a YAML mapping: only errors, no summary, no entries. */
    static CheckedKubeconfig unreadable(Problems problems) {
        return new CheckedKubeconfig(analysis(problems, null), null, Map.of(), Map.of(), Map.of());
    }

    static KubeconfigAnalysis analysis(Problems problems, KubeconfigSummary summary) {
        return new KubeconfigAnalysis(!problems.hasErrors(), problems.errors(), problems.warnings(), summary);
    }
}
