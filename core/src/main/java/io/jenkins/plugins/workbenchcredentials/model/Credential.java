package io.jenkins.plugins.workbenchcredentials.model;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A stored credential. Immutable; a change is a new instance with a higher {@code revision}, which
 * lets the API refuse an edit made against a stale copy instead of silently losing another one.
 */
public final class Credential {
    private final CredentialId id;
    private final String description;
    private final CredentialScope scope;
    private final CredentialPayload payload;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final long revision;
    /** ID and description in lower case, computed once: the list searches 100,000s of these per request. */
    private final String searchText;

    public Credential(
            CredentialId id,
            String description,
            CredentialScope scope,
            CredentialPayload payload,
            Instant createdAt,
            Instant updatedAt,
            long revision) {
        this.id = Objects.requireNonNull(id, "id");
        this.description = description == null ? "" : description;
        this.scope = Objects.requireNonNull(scope, "scope");
        this.payload = Objects.requireNonNull(payload, "payload");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.revision = revision;
        this.searchText = (id.value() + '\n' + this.description).toLowerCase(Locale.ROOT);
    }

    public CredentialId id() {
        return id;
    }

    public String description() {
        return description;
    }

    public CredentialScope scope() {
        return scope;
    }

    public CredentialPayload payload() {
        return payload;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long revision() {
        return revision;
    }

    public CredentialType type() {
        return payload.type();
    }

    /** Whether a lower-case search term occurs in the ID or the description, ignoring case. */
    public boolean mentions(String lowerCaseTerm) {
        return searchText.contains(lowerCaseTerm);
    }

    /** The same credential after a change made at {@code when}. */
    public Credential changed(
            String newDescription, CredentialScope newScope, CredentialPayload newPayload, Instant when) {
        return new Credential(id, newDescription, newScope, newPayload, createdAt, when, revision + 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Credential other
                && id.equals(other.id)
                && description.equals(other.description)
                && scope == other.scope
                && payload.equals(other.payload)
                && createdAt.equals(other.createdAt)
                && updatedAt.equals(other.updatedAt)
                && revision == other.revision;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, revision);
    }

    /** Safe to log: the payload's secrets print as a redaction. */
    @Override
    public String toString() {
        return "Credential[id=" + id + ", type=" + type().wireName() + ", description=" + description + ", scope="
                + scope + ", payload=" + payload + ", createdAt=" + createdAt + ", updatedAt=" + updatedAt
                + ", revision=" + revision + "]";
    }
}
