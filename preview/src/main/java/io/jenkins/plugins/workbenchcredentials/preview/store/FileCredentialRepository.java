package io.jenkins.plugins.workbenchcredentials.preview.store;

import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import io.jenkins.plugins.workbenchcredentials.history.ChangeKind;
import io.jenkins.plugins.workbenchcredentials.history.ChangeNote;
import io.jenkins.plugins.workbenchcredentials.history.CredentialHistory;
import io.jenkins.plugins.workbenchcredentials.history.FieldChanges;
import io.jenkins.plugins.workbenchcredentials.history.HistoryEntry;
import io.jenkins.plugins.workbenchcredentials.model.Credential;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.preview.store.StoreDocuments.CredentialsDocument;
import io.jenkins.plugins.workbenchcredentials.service.CredentialRepository;
import io.jenkins.plugins.workbenchcredentials.service.RepositoryErrors;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The credential repository on the encrypted store file. Reads use the last snapshot for as long as the
 * file's version (its header) is unchanged, so {@link #list()} hands out the same list instance until
 * someone, in this process or another, writes. Every change locks the store, reads the file afresh,
 * applies the change and replaces the file atomically: two processes never lose each other's updates.
 *
 * <p>The change history lives in the same document as the credentials, so the one atomic replace that
 * writes a change writes its history entry too: whatever moment a process dies at, the file holds both
 * or neither. Each write also forgets the history of credentials deleted more than
 * {@link CredentialHistory#DELETED_KEPT} before it, and reads no longer show it after that time.
 */
public final class FileCredentialRepository implements CredentialRepository {
    private final EmbeddedStore store;
    private final EncryptedFile file;
    private final Consumer<CredentialId> afterDelete;
    private final Clock clock;
    private volatile Snapshot snapshot;

    /**
     * One version of the file. A snapshot that has become current is never changed: a change works on
     * one loaded afresh, which becomes current once written.
     */
    private record Snapshot(
            String version, List<Credential> list, Map<CredentialId, Credential> byId, CredentialHistory history) {}

    /**
     * @param afterDelete told of each deleted ID, with the store still locked (e.g. to forget its uses)
     * @param clock tells when a deleted credential's history is no longer kept
     */
    public FileCredentialRepository(EmbeddedStore store, Consumer<CredentialId> afterDelete, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.file = store.credentialsFile();
        this.afterDelete = Objects.requireNonNull(afterDelete, "afterDelete");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<Credential> list() {
        return current().list();
    }

    @Override
    public Optional<Credential> find(CredentialId id) {
        return Optional.ofNullable(current().byId().get(id));
    }

    @Override
    public void insert(Credential credential, ChangeNote note) {
        Objects.requireNonNull(note, "note");
        store.locked(() -> {
            Snapshot fresh = load();
            if (fresh.byId().containsKey(credential.id())) {
                throw RepositoryErrors.duplicate(credential.id());
            }
            List<Credential> next = new ArrayList<>(fresh.list());
            next.add(credential);
            fresh.history().record(credential.id(), FieldChanges.creation(credential, note));
            return save(next, fresh.history(), note);
        });
    }

    @Override
    public Credential update(CredentialId id, UnaryOperator<Credential> change, ChangeNote note) {
        Objects.requireNonNull(note, "note");
        return store.locked(() -> {
            Snapshot fresh = load();
            Credential current = fresh.byId().get(id);
            if (current == null) {
                throw RepositoryErrors.notFound(id);
            }
            Credential changed = change.apply(current);
            if (!changed.id().equals(id)) {
                throw new IllegalStateException("An update must keep the credential's ID");
            }
            List<Credential> next = new ArrayList<>(fresh.list());
            next.replaceAll(c -> c.id().equals(id) ? changed : c);
            HistoryEntry entry = FieldChanges.update(current, changed, note);
            if (entry != null) {
                fresh.history().record(id, entry);
            }
            save(next, fresh.history(), note);
            return changed;
        });
    }

    @Override
    public boolean delete(CredentialId id, ChangeNote note) {
        Objects.requireNonNull(note, "note");
        return store.locked(() -> {
            Snapshot fresh = load();
            Credential current = fresh.byId().get(id);
            if (current == null) {
                return false;
            }
            List<Credential> next = new ArrayList<>(fresh.list());
            next.removeIf(c -> c.id().equals(id));
            fresh.history().record(id, FieldChanges.deletion(current, note));
            save(next, fresh.history(), note);
            afterDelete.accept(id);
            return true;
        });
    }

    @Override
    public List<HistoryEntry> history(CredentialId id) {
        CredentialHistory history = current().history();
        HistoryEntry latest = history.latest(id);
        if (latest == null || isForgotten(latest)) {
            return List.of();
        }
        return history.entries(id);
    }

    /** Whether an entry is a deletion older than the time a deleted credential's history is kept. */
    private boolean isForgotten(HistoryEntry latest) {
        return latest.action() == ChangeKind.DELETED
                && latest.at().isBefore(clock.instant().minus(CredentialHistory.DELETED_KEPT));
    }

    private Snapshot current() {
        String version = file.version();
        Snapshot cached = snapshot;
        if (cached != null && Objects.equals(cached.version(), version)) {
            return cached;
        }
        Snapshot loaded = load();
        snapshot = loaded;
        return loaded;
    }

    private Snapshot load() {
        if (!file.exists()) {
            return snapshotOf(null, List.of(), new CredentialHistory());
        }
        return file.read(store.keyFor(file))
                .map(content -> {
                    try {
                        CredentialsDocument document =
                                StoreDocuments.read(content.plainText(), CredentialsDocument.class, file.path());
                        return snapshotOf(content.version(), decode(document), decodeHistory(document, content));
                    } finally {
                        Arrays.fill(content.plainText(), (byte) 0);
                    }
                })
                .orElseGet(() -> snapshotOf(null, List.of(), new CredentialHistory()));
    }

    private List<Credential> decode(CredentialsDocument document) {
        if (document.credentials() == null) {
            throw StoreException.corrupt(file.path());
        }
        List<Credential> credentials = new ArrayList<>(document.credentials().size());
        for (StoredCredential stored : document.credentials()) {
            try {
                credentials.add(stored.toCredential());
            } catch (WorkbenchException | NullPointerException e) {
                throw StoreException.corrupt(file.path());
            }
        }
        return credentials;
    }

    /**
     * The history a file holds: none in a file of format 1, which predates it (the next change writes
     * the current format). A file of a later format without one, or with an entry that does not read,
     * is damaged, and refused like damaged credentials.
     */
    private CredentialHistory decodeHistory(CredentialsDocument document, EncryptedFile.Content content) {
        CredentialHistory history = new CredentialHistory();
        if (content.format() < StoreFormat.HISTORY_SINCE) {
            if (document.history() != null) {
                throw StoreException.corrupt(file.path());
            }
            return history;
        }
        if (document.history() == null) {
            throw StoreException.corrupt(file.path());
        }
        Map<CredentialId, List<HistoryEntry>> saved = new LinkedHashMap<>();
        try {
            document.history()
                    .forEach((id, stored) -> saved.put(
                            CredentialId.of(id),
                            stored.stream().map(StoredHistoryEntry::toEntry).toList()));
        } catch (RuntimeException e) {
            // A missing part, an unknown action or source, an invalid ID: damage, reported without detail.
            throw StoreException.corrupt(file.path());
        }
        history.restore(saved);
        return history;
    }

    private Snapshot save(List<Credential> credentials, CredentialHistory history, ChangeNote note) {
        history.prune(note.at());
        List<StoredCredential> stored =
                credentials.stream().map(StoredCredential::of).toList();
        Map<String, List<StoredHistoryEntry>> entries = new LinkedHashMap<>();
        history.snapshot()
                .forEach((id, log) -> entries.put(
                        id.value(), log.stream().map(StoredHistoryEntry::of).toList()));
        byte[] json = StoreDocuments.write(new CredentialsDocument(stored, entries));
        try {
            String version = file.write(store.keyForWriting(), json);
            Snapshot saved = snapshotOf(version, credentials, history);
            snapshot = saved;
            return saved;
        } finally {
            Arrays.fill(json, (byte) 0);
        }
    }

    private Snapshot snapshotOf(String version, List<Credential> credentials, CredentialHistory history) {
        Map<CredentialId, Credential> byId = new LinkedHashMap<>();
        for (Credential credential : credentials) {
            if (byId.put(credential.id(), credential) != null) {
                throw StoreException.corrupt(file.path());
            }
        }
        return new Snapshot(version, List.copyOf(credentials), Collections.unmodifiableMap(byId), history);
    }
}
