package io.jenkins.plugins.workbenchcredentials.model;

import java.util.regex.Pattern;

/** Kubernetes' naming rules that the workbench checks before kubectl would. */
public final class KubernetesNames {
    /** RFC 1123 label, the rule for namespaces. */
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

    private KubernetesNames() {}

    public static boolean isNamespace(String name) {
        return name != null
                && name.length() <= FieldLimits.NAMESPACE_MAX_CHARS
                && DNS_LABEL.matcher(name).matches();
    }
}
