package io.jenkins.plugins.workbenchcredentials.store;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsStore;
import com.cloudbees.plugins.credentials.domains.Domain;
import io.jenkins.plugins.workbenchcredentials.credentials.CoreCredentials;
import io.jenkins.plugins.workbenchcredentials.credentials.WorkbenchCredentials;
import io.jenkins.plugins.workbenchcredentials.history.ChangeAttribution;
import io.jenkins.plugins.workbenchcredentials.history.ChangeNote;
import io.jenkins.plugins.workbenchcredentials.history.HistoryEntry;
import io.jenkins.plugins.workbenchcredentials.history.HistoryTracking;
import io.jenkins.plugins.workbenchcredentials.model.Credential;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.service.CredentialRepository;
import io.jenkins.plugins.workbenchcredentials.service.RepositoryErrors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The core's repository port over a Jenkins {@link CredentialsStore}: the workbench credentials of its
 * global domain. Changes go through the store, so Jenkins checks the caller's permission, saves, and
 * fires its listeners as for any other change. Changes made here are serialised per store, so an
 * update applies to the state current at that moment.
 */
final class StoreCredentialRepository implements CredentialRepository {
    private final CredentialsStore store;
    private final Object lock;
    private final SnapshotCache cache;

    StoreCredentialRepository(CredentialsStore store, Object lock, SnapshotCache cache) {
        this.store = store;
        this.lock = lock;
        this.cache = cache;
    }

    @Override
    public List<Credential> list() {
        return cache.snapshot(stored());
    }

    @Override
    public Optional<Credential> find(CredentialId id) {
        return Optional.ofNullable(storedWithId(id)).map(CoreCredentials::toCore);
    }

    @Override
    public void insert(Credential credential, ChangeNote note) {
        synchronized (lock) {
            // false when a credential of any type has the ID (the store compares IDs).
            if (!inStore(note, () -> store.addCredentials(Domain.global(), CoreCredentials.toJenkins(credential)))) {
                throw RepositoryErrors.duplicate(credential.id());
            }
        }
    }

    @Override
    public Credential update(CredentialId id, UnaryOperator<Credential> change, ChangeNote note) {
        synchronized (lock) {
            WorkbenchCredentials current = storedWithId(id);
            if (current == null) {
                throw RepositoryErrors.notFound(id);
            }
            Credential updated = change.apply(CoreCredentials.toCore(current));
            if (!inStore(
                    note,
                    () -> store.updateCredentials(Domain.global(), current, CoreCredentials.toJenkins(updated)))) {
                throw RepositoryErrors.notFound(id);
            }
            return updated;
        }
    }

    @Override
    public boolean delete(CredentialId id, ChangeNote note) {
        synchronized (lock) {
            WorkbenchCredentials current = storedWithId(id);
            return current != null && inStore(note, () -> store.removeCredentials(Domain.global(), current));
        }
    }

    /** Kept by the history, which records every save of the store, the workbench's own among them. */
    @Override
    public List<HistoryEntry> history(CredentialId id) {
        return HistoryTracking.get().history(store, id);
    }

    private interface StoreChange {
        boolean apply() throws IOException;
    }

    /** A change of the store, attributed in its history to the workbench's caller and time. */
    private static boolean inStore(ChangeNote note, StoreChange change) {
        return ChangeAttribution.during(note, () -> {
            try {
                return change.apply();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private WorkbenchCredentials storedWithId(CredentialId id) {
        for (WorkbenchCredentials c : stored()) {
            if (c.getId().equals(id.value())) {
                return c;
            }
        }
        return null;
    }

    /** The store answers with what the current user may view, which the service has checked first. */
    private List<WorkbenchCredentials> stored() {
        List<WorkbenchCredentials> stored = new ArrayList<>();
        for (Credentials c : store.getCredentials(Domain.global())) {
            if (c instanceof WorkbenchCredentials w) {
                stored.add(w);
            }
        }
        return stored;
    }
}
