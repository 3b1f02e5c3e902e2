package io.jenkins.plugins.workbenchcredentials.expiry;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * The credentials of a store that need attention, for a banner or an administrator's warning: how many
 * have expired, how many expire within the threshold, and the one whose date comes first.
 *
 * @param soonest {@code null} when none needs attention
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExpiringSummary(int thresholdDays, int expired, int expiring, Soonest soonest) {

    /** @param expiresAt the date it expired or will expire */
    public record Soonest(String id, Instant expiresAt, ExpiryStatus status) {}

    public int total() {
        return expired + expiring;
    }
}
