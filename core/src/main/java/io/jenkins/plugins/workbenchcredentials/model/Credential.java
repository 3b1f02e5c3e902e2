package io.jenkins.plugins.workbenchcredentials.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored credential. Immutable; a change is a new instance with a higher {@code revision}, which
 * lets the API refuse an edit made against a stale copy instead of silently losing another one.
 */
public record Credential(
        CredentialId id,
        String description,
        CredentialScope scope,
        CredentialPayload payload,
        Instant createdAt,
        Instant updatedAt,
        long revision) {

    public Credential {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        description = description == null ? "" : description;
    }

    public CredentialType type() {
        return payload.type();
    }

    /** The same credential after a change made at {@code when}. */
    public Credential changed(String newDescription, CredentialScope newScope, CredentialPayload newPayload, Instant when) {
        return new Credential(id, newDescription, newScope, newPayload, createdAt, when, revision + 1);
    }
}
