package io.jenkins.plugins.workbenchcredentials.expiry;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.Expiry;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.UnknownExpiry;
import java.time.Instant;
import java.util.List;

/**
 * What can be known of when a credential stops working, independent of the day it is read: its earliest
 * date (a client certificate's {@code notAfter}, a JWT's {@code exp}) and, when it also authenticates in
 * a way that hides its date, the first such user and why.
 *
 * @param expiresAt {@code null} when no date can be read
 * @param kind {@link Expiry#CLIENT_CERTIFICATE} or {@link Expiry#TOKEN}; {@code null} with no date
 * @param user the kubeconfig user the date belongs to; {@code null} for a token
 * @param unknown {@code null} when every way the credential authenticates carries its date
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CredentialExpiry(Instant expiresAt, String kind, String user, UnknownExpiry unknown) {

    /** A kubeconfig's: its earliest date, and the first of its users whose date cannot be read. */
    public static CredentialExpiry of(Expiry earliest, List<UnknownExpiry> unknown) {
        return new CredentialExpiry(
                earliest == null ? null : earliest.notAfter(),
                earliest == null ? null : earliest.kind(),
                earliest == null ? null : earliest.user(),
                unknown.isEmpty() ? null : unknown.get(0));
    }

    /** A token's: its JWT {@code exp}. */
    public static CredentialExpiry ofToken(Instant exp) {
        return new CredentialExpiry(exp, Expiry.TOKEN, null, null);
    }

    public ExpiryStatus status(ExpiryPolicy policy, Instant now) {
        return policy.status(expiresAt, unknown != null, now);
    }
}
