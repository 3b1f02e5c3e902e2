package io.jenkins.plugins.workbenchcredentials.model;

/**
 * Upper bounds on every stored field. Large enough for real values (a GCP service-account key as
 * secret text, a kubeconfig with dozens of clusters), small enough that one request cannot exhaust the
 * controller's memory or disk.
 */
public final class FieldLimits {
    public static final int DESCRIPTION_MAX_CHARS = 1024;
    public static final int USERNAME_MAX_CHARS = 256;
    public static final int PASSWORD_MAX_BYTES = 8 * 1024;
    public static final int TOKEN_MAX_BYTES = 64 * 1024;
    public static final int KUBECONFIG_MAX_BYTES = 1024 * 1024;
    /** Kubernetes object names (contexts are not objects, but kubectl users keep them this short). */
    public static final int CONTEXT_MAX_CHARS = 253;
    /** A namespace is an RFC 1123 label. */
    public static final int NAMESPACE_MAX_CHARS = 63;

    private FieldLimits() {}
}
