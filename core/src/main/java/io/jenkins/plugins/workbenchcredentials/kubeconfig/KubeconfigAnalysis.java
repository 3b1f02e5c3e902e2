package io.jenkins.plugins.workbenchcredentials.kubeconfig;

import java.util.List;

/**
 * What {@link KubeconfigAnalyzer#analyse(String)} found: errors make the kubeconfig unusable, warnings
 * name what will not work on a build agent or is unsafe. Holds names, paths and URLs only, never a
 * token, key or certificate, so it can be returned as JSON as it is.
 *
 * @param valid    {@code true} when there are no errors
 * @param summary  the contexts found; {@code null} when the text is not a YAML mapping at all
 */
public record KubeconfigAnalysis(
        boolean valid, List<KubeconfigProblem> errors, List<KubeconfigProblem> warnings, KubeconfigSummary summary) {

    public KubeconfigAnalysis {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }
}
