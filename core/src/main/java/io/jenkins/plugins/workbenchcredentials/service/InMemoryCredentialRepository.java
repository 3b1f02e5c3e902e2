package io.jenkins.plugins.workbenchcredentials.service;

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
 * service can keep its search index for as long as the snapshot lives.
 */
public final class InMemoryCredentialRepository implements CredentialRepository {
    private final ConcurrentHashMap<CredentialId, Credential> credentials = new ConcurrentHashMap<>();
    /** Counts changes; a snapshot is valid while the count it was taken at is current. */
    private final AtomicLong changes = new AtomicLong();

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
    public void insert(Credential credential) {
        if (credentials.putIfAbsent(credential.id(), credential) != null) {
            throw RepositoryErrors.duplicate(credential.id());
        }
        changes.incrementAndGet();
    }

    @Override
    public Credential update(CredentialId id, UnaryOperator<Credential> change) {
        Credential updated = credentials.computeIfPresent(id, (key, current) -> change.apply(current));
        if (updated == null) {
            throw RepositoryErrors.notFound(id);
        }
        changes.incrementAndGet();
        return updated;
    }

    @Override
    public boolean delete(CredentialId id) {
        boolean removed = credentials.remove(id) != null;
        changes.incrementAndGet();
        return removed;
    }
}
