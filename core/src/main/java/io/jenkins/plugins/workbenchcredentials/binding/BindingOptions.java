package io.jenkins.plugins.workbenchcredentials.binding;

/**
 * What a pipeline asks of a binding: variable names (each {@code null} for the default) and, for a
 * kubeconfig, the context and namespace (each {@code null} for the credential's default, then the file's).
 *
 * @param variable the variable of a secret text ({@code TOKEN}) or of a kubeconfig's file path ({@code KUBECONFIG})
 */
public record BindingOptions(
        String usernameVariable, String passwordVariable, String variable, String context, String namespace) {

    public static final String USERNAME_VARIABLE = "usernameVariable";
    public static final String PASSWORD_VARIABLE = "passwordVariable";
    public static final String VARIABLE = "variable";
    public static final String CONTEXT = "context";
    public static final String NAMESPACE = "namespace";

    public static BindingOptions defaults() {
        return new BindingOptions(null, null, null, null, null);
    }
}
