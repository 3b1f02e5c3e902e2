package io.jenkins.plugins.workbenchcredentials.preview.store;

import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.preview.store.StoreDocuments.UsageDocument;
import io.jenkins.plugins.workbenchcredentials.usage.RecordedUse;
import io.jenkins.plugins.workbenchcredentials.usage.UsageLedger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Core's {@link UsageLedger}, kept in the store's second file. Recording a use locks the store and
 * reads the file afresh, like every change. Readers see the ledger as of the last {@link #refresh()},
 * which a host calls once per request: the list asks for the last use of every credential it sorts,
 * and that must not cost a file read each.
 */
public final class PersistentUsage {
    private final EmbeddedStore store;
    private final EncryptedFile file;
    private volatile State state;

    private record State(String version, UsageLedger ledger) {}

    public PersistentUsage(EmbeddedStore store) {
        this.store = Objects.requireNonNull(store, "store");
        this.file = store.usageFile();
        this.state = load();
    }

    /** The ledger as of the last refresh; treat it as read-only. */
    public UsageLedger ledger() {
        return state.ledger();
    }

    /** Reloads the ledger if another process (or this one) changed the file. */
    public void refresh() {
        String version = file.version();
        if (!Objects.equals(state.version(), version)) {
            state = load();
        }
    }

    /**
     * Records a use. {@code use} is computed from the ledger as stored at that moment (e.g. to number
     * builds per consumer), with the store locked.
     */
    public RecordedUse record(CredentialId id, Function<UsageLedger, RecordedUse> use) {
        return store.locked(() -> {
            UsageLedger ledger = load().ledger();
            RecordedUse recorded = use.apply(ledger);
            ledger.record(id, recorded);
            save(ledger);
            return recorded;
        });
    }

    /** Drops what was recorded for a credential, e.g. once it is deleted. */
    public void forget(CredentialId id) {
        store.locked(() -> {
            State fresh = load();
            if (fresh.ledger().uses(id).isEmpty()) {
                return null;
            }
            fresh.ledger().forget(id);
            save(fresh.ledger());
            return null;
        });
    }

    private State load() {
        if (!file.exists()) {
            return new State(null, new UsageLedger());
        }
        return file.read(store.keyFor(file))
                .map(content -> new State(
                        content.version(),
                        decode(StoreDocuments.read(content.plainText(), UsageDocument.class, file.path()))))
                .orElseGet(() -> new State(null, new UsageLedger()));
    }

    private UsageLedger decode(UsageDocument document) {
        if (document.uses() == null) {
            throw StoreException.corrupt(file.path());
        }
        Map<CredentialId, List<RecordedUse>> uses = new LinkedHashMap<>();
        try {
            document.uses().forEach((id, list) -> uses.put(CredentialId.of(id), List.copyOf(list)));
        } catch (WorkbenchException | NullPointerException e) {
            throw StoreException.corrupt(file.path());
        }
        UsageLedger ledger = new UsageLedger();
        ledger.restore(uses);
        return ledger;
    }

    private void save(UsageLedger ledger) {
        Map<String, List<RecordedUse>> uses = new LinkedHashMap<>();
        ledger.snapshot().forEach((id, list) -> uses.put(id.value(), list));
        String version = file.write(store.keyForWriting(), StoreDocuments.write(new UsageDocument(uses)));
        state = new State(version, ledger);
    }
}
