package io.jenkins.plugins.workbenchcredentials.preview.store;

import io.jenkins.plugins.workbenchcredentials.history.ChangeKind;
import io.jenkins.plugins.workbenchcredentials.history.ChangeSource;
import io.jenkins.plugins.workbenchcredentials.history.HistoryEntry;
import io.jenkins.plugins.workbenchcredentials.model.CredentialType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A history entry as the store file holds it: the names of the fields a change touched, never a value.
 * The file's own record, so that the format stays what {@link StoreFormat} says whatever the core's
 * entry becomes.
 */
record StoredHistoryEntry(Instant at, String action, String type, String actor, String source, List<String> fields) {

    static StoredHistoryEntry of(HistoryEntry entry) {
        return new StoredHistoryEntry(
                entry.at(),
                entry.action().wireName(),
                entry.type(),
                entry.actor(),
                entry.source().wireName(),
                entry.fields());
    }

    /** The core's entry; throws (an unchecked exception) when a part is missing or unknown. */
    HistoryEntry toEntry() {
        CredentialType.fromWireName(Objects.requireNonNull(type, "type"));
        return new HistoryEntry(
                Objects.requireNonNull(at, "at"),
                ChangeKind.fromWireName(action),
                type,
                Objects.requireNonNull(actor, "actor"),
                ChangeSource.fromWireName(source),
                List.copyOf(Objects.requireNonNull(fields, "fields")));
    }
}
