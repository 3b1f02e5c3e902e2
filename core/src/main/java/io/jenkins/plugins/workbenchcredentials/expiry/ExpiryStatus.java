package io.jenkins.plugins.workbenchcredentials.expiry;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a credential stands against its expiry date and the warning threshold. */
public enum ExpiryStatus {
    /** Its date has passed: pipelines using it fail. */
    EXPIRED("expired"),
    /** Its date is within the threshold. */
    EXPIRING("expiring"),
    /** Its date is known and beyond the threshold. */
    VALID("valid"),
    /** It may stop working on a date nobody can read from it (an exec plugin, an auth provider, …). */
    UNKNOWN("unknown");

    private final String wireName;

    ExpiryStatus(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** Expired or within the threshold: what administrators are warned about. */
    public boolean needsAttention() {
        return this == EXPIRED || this == EXPIRING;
    }
}
