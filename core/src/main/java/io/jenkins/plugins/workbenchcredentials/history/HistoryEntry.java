package io.jenkins.plugins.workbenchcredentials.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One change to a credential: when, what kind, by whom, through what, and the names of the fields it
 * changed. It never holds a value: not a secret, not even a hash of one, nor an ordinary field's old or
 * new value. A changed secret is recorded as its field's name, like any other.
 *
 * @param type the credential's type (its wire name), so the history of a deleted credential still says
 *     what it was
 * @param fields the fields set by a creation or changed by an update, in {@link FieldChanges}' order;
 *     empty for a deletion
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryEntry(
        Instant at, ChangeKind action, String type, String actor, ChangeSource source, List<String> fields) {

    public HistoryEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(source, "source");
        fields = List.copyOf(fields);
    }
}
