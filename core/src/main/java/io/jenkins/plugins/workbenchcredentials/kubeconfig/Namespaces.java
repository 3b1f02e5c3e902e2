package io.jenkins.plugins.workbenchcredentials.kubeconfig;

import io.jenkins.plugins.workbenchcredentials.model.FieldLimits;
import java.util.regex.Pattern;

/** Kubernetes namespace names are RFC 1123 labels. */
final class Namespaces {
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

    private Namespaces() {}

    static boolean isValid(String namespace) {
        return namespace.length() <= FieldLimits.NAMESPACE_MAX_CHARS && LABEL.matcher(namespace).matches();
    }
}
