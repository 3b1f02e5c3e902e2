package io.jenkins.plugins.workbenchcredentials.service;

import io.jenkins.plugins.workbenchcredentials.history.ChangeNote;
import io.jenkins.plugins.workbenchcredentials.history.CredentialHistory;
import io.jenkins.plugins.workbenchcredentials.history.FieldChanges;
import io.jenkins.plugins.workbenchcredentials.history.HistoryEntry;
import io.jenkins.plugins.workbenchcredentials.model.Credential;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * The reference implementation of the repository port: a concurrent map, for tests and embedding.
 * {@link #list()} hands out one immutable snapshot until the next change, so listing is free and the
 * service can keep its search index for as long as the snapshot lives. A credential's change and its
 * history entry are made under the map's lock for that ID.
 */
public final class InMemoryCredentialRepository implements CredentialRepository {
    private final ConcurrentHashMap<CredentialId, Credential> credentials = new ConcurrentHashMap<>();
    /** Counts changes; a snapshot is valid while the count it was taken at is current. */
    private final AtomicLong changes = new AtomicLong();

    private final CredentialHistory history = new CredentialHistory();

    private volatile Snapshot snapshot = new Snapshot(-1, List.of());

    private record Snapshot(long changeCount, List<Credential> credentials) {}

    @Override
    public List<Credential> list() {
        Snapshot current = snapshot;
        long count = changes.get();
        if (current.changeCount() != count) {
            // Taken after reading the count: a change racing with the copy bumps the count again.
            current = new Snapshot(count, List.copyOf(credentials.values()));
            snapshot = current;
        }
        return current.credentials();
    }

    @Override
    public Optional<Credential> find(CredentialId id) {
        return Optional.ofNullable(credentials.get(id));
    }

    @Override
    public void insert(Credential credential, ChangeNote note) {
        boolean[] inserted = {false};
        credentials.compute(credential.id(), (key, existing) -> {
            if (existing != null) {
                return existing;
            }
            history.record(key, FieldChanges.creation(credential, note));
            inserted[0] = true;
            return credential;
        });
        if (!inserted[0]) {
            throw RepositoryErrors.duplicate(credential.id());
        }
        changes.incrementAndGet();
    }

    @Override
    public Credential update(CredentialId id, UnaryOperator<Credential> change, ChangeNote note) {
        Credential updated = credentials.computeIfPresent(id, (key, current) -> {
            Credential next = change.apply(current);
            HistoryEntry entry = FieldChanges.update(current, next, note);
            if (entry != null) {
                history.record(key, entry);
            }
            return next;
        });
        if (updated == null) {
            throw RepositoryErrors.notFound(id);
        }
        changes.incrementAndGet();
        return updated;
    }

    @Override
    public boolean delete(CredentialId id, ChangeNote note) {
        boolean[] removed = {false};
        credentials.computeIfPresent(id, (key, current) -> {
            history.record(key, FieldChanges.deletion(current, note));
            removed[0] = true;
            return null;
        });
        changes.incrementAndGet();
        return removed[0];
    }

    @Override
    public List<HistoryEntry> history(CredentialId id) {
        return history.entries(id);
    }
}
