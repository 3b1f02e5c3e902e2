package io.jenkins.plugins.workbenchcredentials.expiry;

import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import java.time.Duration;
import java.time.Instant;

/**
 * How early a credential counts as expiring: {@code thresholdDays} before its date. Administrators set
 * it (Jenkins' security configuration, Configuration as Code, the preview's option).
 */
public record ExpiryPolicy(int thresholdDays) {
    public static final int DEFAULT_THRESHOLD_DAYS = 14;
    public static final int MIN_THRESHOLD_DAYS = 1;
    public static final int MAX_THRESHOLD_DAYS = 365;
    public static final String THRESHOLD_FIELD = "expiryThresholdDays";

    public static final ExpiryPolicy DEFAULT = new ExpiryPolicy(DEFAULT_THRESHOLD_DAYS);

    /** @throws WorkbenchException INVALID_INPUT on {@value #THRESHOLD_FIELD} outside 1 to 365 days */
    public ExpiryPolicy {
        if (thresholdDays < MIN_THRESHOLD_DAYS || thresholdDays > MAX_THRESHOLD_DAYS) {
            throw WorkbenchException.invalid(
                    THRESHOLD_FIELD, "expiry.badThreshold", MIN_THRESHOLD_DAYS, MAX_THRESHOLD_DAYS);
        }
    }

    public Duration threshold() {
        return Duration.ofDays(thresholdDays);
    }

    /** The last instant a date may fall on to count as expiring at {@code now}. */
    public Instant horizon(Instant now) {
        return now.plus(threshold());
    }

    /**
     * @param expiresAt the earliest known date, {@code null} if none
     * @param unknown whether the credential may also end on a date nobody can read
     */
    public ExpiryStatus status(Instant expiresAt, boolean unknown, Instant now) {
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            return ExpiryStatus.EXPIRED;
        }
        if (expiresAt != null && !expiresAt.isAfter(horizon(now))) {
            return ExpiryStatus.EXPIRING;
        }
        return unknown || expiresAt == null ? ExpiryStatus.UNKNOWN : ExpiryStatus.VALID;
    }
}
