package io.jenkins.plugins.workbenchcredentials.preview.store;

import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import io.jenkins.plugins.workbenchcredentials.model.Credential;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.preview.store.StoreDocuments.CredentialsDocument;
import io.jenkins.plugins.workbenchcredentials.service.CredentialRepository;
import io.jenkins.plugins.workbenchcredentials.service.RepositoryErrors;
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
 */
public final class FileCredentialRepository implements CredentialRepository {
    private final EmbeddedStore store;
    private final EncryptedFile file;
    private final Consumer<CredentialId> afterDelete;
    private volatile Snapshot snapshot;

    private record Snapshot(String version, List<Credential> list, Map<CredentialId, Credential> byId) {}

    /** @param afterDelete told of each deleted ID, with the store still locked (e.g. to forget its uses) */
    public FileCredentialRepository(EmbeddedStore store, Consumer<CredentialId> afterDelete) {
        this.store = Objects.requireNonNull(store, "store");
        this.file = store.credentialsFile();
        this.afterDelete = Objects.requireNonNull(afterDelete, "afterDelete");
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
    public void insert(Credential credential) {
        store.locked(() -> {
            Snapshot fresh = load();
            if (fresh.byId().containsKey(credential.id())) {
                throw RepositoryErrors.duplicate(credential.id());
            }
            List<Credential> next = new ArrayList<>(fresh.list());
            next.add(credential);
            return save(next);
        });
    }

    @Override
    public Credential update(CredentialId id, UnaryOperator<Credential> change) {
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
            save(next);
            return changed;
        });
    }

    @Override
    public boolean delete(CredentialId id) {
        return store.locked(() -> {
            Snapshot fresh = load();
            if (!fresh.byId().containsKey(id)) {
                return false;
            }
            List<Credential> next = new ArrayList<>(fresh.list());
            next.removeIf(c -> c.id().equals(id));
            save(next);
            afterDelete.accept(id);
            return true;
        });
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
            return snapshotOf(null, List.of());
        }
        return file.read(store.keyFor(file))
                .map(content -> {
                    try {
                        CredentialsDocument document =
                                StoreDocuments.read(content.plainText(), CredentialsDocument.class, file.path());
                        return snapshotOf(content.version(), decode(document));
                    } finally {
                        Arrays.fill(content.plainText(), (byte) 0);
                    }
                })
                .orElseGet(() -> snapshotOf(null, List.of()));
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

    private Snapshot save(List<Credential> credentials) {
        List<StoredCredential> stored =
                credentials.stream().map(StoredCredential::of).toList();
        byte[] json = StoreDocuments.write(new CredentialsDocument(stored));
        try {
            String version = file.write(store.keyForWriting(), json);
            Snapshot saved = snapshotOf(version, credentials);
            snapshot = saved;
            return saved;
        } finally {
            Arrays.fill(json, (byte) 0);
        }
    }

    private Snapshot snapshotOf(String version, List<Credential> credentials) {
        Map<CredentialId, Credential> byId = new LinkedHashMap<>();
        for (Credential credential : credentials) {
            if (byId.put(credential.id(), credential) != null) {
                throw StoreException.corrupt(file.path());
            }
        }
        return new Snapshot(version, List.copyOf(credentials), Collections.unmodifiableMap(byId));
    }
}
