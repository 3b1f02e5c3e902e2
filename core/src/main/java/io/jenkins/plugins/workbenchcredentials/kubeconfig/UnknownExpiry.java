package io.jenkins.plugins.workbenchcredentials.kubeconfig;

/**
 * A kubeconfig user whose access may end on a date that cannot be read from the file.
 *
 * @param reason one of the constants: how the user authenticates, which hides the date
 */
public record UnknownExpiry(String user, String reason) {
    /** An exec credential plugin fetches short-lived credentials when kubectl runs. */
    public static final String EXEC = "exec";
    /** An auth-provider plugin refreshes its tokens itself. */
    public static final String AUTH_PROVIDER = "auth-provider";
    /** The client certificate is a file on the machine, not embedded. */
    public static final String CERTIFICATE_FILE = "certificate-file";
    /** The token is read from a file. */
    public static final String TOKEN_FILE = "token-file";
    /** The token is not a JWT, so it carries no expiry (it may still be revoked or expire on the server). */
    public static final String OPAQUE_TOKEN = "opaque-token";
    /** A username and password. */
    public static final String BASIC_AUTH = "basic-auth";
    /** The user has no credentials at all. */
    public static final String NO_CREDENTIALS = "no-credentials";
    /** The kubeconfig cannot be read at all (it reached the store by a path that does not check it). */
    public static final String INVALID = "invalid";
}
