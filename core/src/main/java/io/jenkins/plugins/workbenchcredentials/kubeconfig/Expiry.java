package io.jenkins.plugins.workbenchcredentials.kubeconfig;

import java.time.Instant;

/**
 * When a user's credential stops working.
 *
 * @param kind {@link #CLIENT_CERTIFICATE} (the certificate's {@code notAfter}) or {@link #TOKEN} (a JWT's {@code exp})
 * @param user the name of the kubeconfig user holding it
 */
public record Expiry(Instant notAfter, String kind, String user) {
    public static final String CLIENT_CERTIFICATE = "client-certificate";
    public static final String TOKEN = "token";
}
