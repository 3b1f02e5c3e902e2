package io.jenkins.plugins.workbenchcredentials.kubeconfig;

import io.jenkins.plugins.workbenchcredentials.model.FieldLimits;

/**
 * Bounds on what the YAML parser accepts, so that no input can make it run long or use much memory.
 *
 * @param maxBytes                 largest input in UTF-8 bytes, checked before parsing
 * @param maxAliasesForCollections aliases to lists or mappings; real kubeconfigs use none, and each
 *                                 one can multiply the size of the data (the "billion laughs" attack)
 * @param maxNestingDepth          nested lists and mappings; a kubeconfig needs fewer than ten
 */
public record KubeconfigLimits(int maxBytes, int maxAliasesForCollections, int maxNestingDepth) {
    public static final KubeconfigLimits DEFAULT = new KubeconfigLimits(FieldLimits.KUBECONFIG_MAX_BYTES, 10, 32);

    public KubeconfigLimits {
        if (maxBytes < 1 || maxAliasesForCollections < 0 || maxNestingDepth < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
