package io.jenkins.plugins.workbenchcredentials.usage;

import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/**
 * The recorded uses of credentials: for each credential, the latest use by each consumer, at most
 * {@value #MAX_CONSUMERS_PER_CREDENTIAL} consumers (the least recent are forgotten), so the ledger stays
 * small however many builds run. Safe under concurrent use.
 */
public final class UsageLedger {
    public static final int MAX_CONSUMERS_PER_CREDENTIAL = 100;

    private static final Comparator<RecordedUse> NEWEST_FIRST =
            Comparator.comparing(RecordedUse::at).reversed();

    private final Map<CredentialId, Entry> entries = new ConcurrentHashMap<>();

    public void record(CredentialId id, RecordedUse use) {
        // Added under the map's lock, so an entry emptied by updateUses cannot swallow the use.
        entries.compute(id, (k, entry) -> {
            Entry target = entry == null ? new Entry() : entry;
            target.add(use);
            return target;
        });
    }

    /** Uses of the credential, newest first. */
    public List<RecordedUse> uses(CredentialId id) {
        Entry entry = entries.get(id);
        return entry == null ? List.of() : entry.newestFirst();
    }

    public RecordedUse lastUse(CredentialId id) {
        Entry entry = entries.get(id);
        return entry == null ? null : entry.last();
    }

    /** Calls {@code action} with the most recent use of every credential that has one. */
    public void forEachLastUse(BiConsumer<CredentialId, RecordedUse> action) {
        entries.forEach((id, entry) -> {
            RecordedUse last = entry.last();
            if (last != null) {
                action.accept(id, last);
            }
        });
    }

    /** Drops what was recorded for a credential, e.g. after it was deleted. */
    public void forget(CredentialId id) {
        entries.remove(id);
    }

    /**
     * Rewrites every recorded use: {@code change} returns the use to keep (the same, or a changed one, e.g.
     * when a job was renamed) or {@code null} to drop it (e.g. when a job was deleted). Credentials left
     * without uses are forgotten.
     */
    public void updateUses(UnaryOperator<RecordedUse> change) {
        for (CredentialId id : List.copyOf(entries.keySet())) {
            entries.computeIfPresent(id, (k, entry) -> entry.update(change) ? entry : null);
        }
    }

    /** Everything recorded, for a host to persist. */
    public Map<CredentialId, List<RecordedUse>> snapshot() {
        Map<CredentialId, List<RecordedUse>> copy = new LinkedHashMap<>();
        entries.forEach((id, entry) -> copy.put(id, entry.newestFirst()));
        return copy;
    }

    /** Loads what a host persisted. */
    public void restore(Map<CredentialId, List<RecordedUse>> saved) {
        saved.forEach((id, uses) -> uses.forEach(use -> record(id, use)));
    }

    private static final class Entry {
        private final Map<String, RecordedUse> byConsumer = new LinkedHashMap<>();
        /** Read without the lock: the list sorts by it across every credential. */
        private volatile RecordedUse last;

        synchronized void add(RecordedUse use) {
            RecordedUse previous = byConsumer.get(use.consumer());
            if (previous != null && previous.at().isAfter(use.at())) {
                return; // a late report of an older build must not hide the newer one
            }
            byConsumer.remove(use.consumer());
            byConsumer.put(use.consumer(), use);
            if (byConsumer.size() > MAX_CONSUMERS_PER_CREDENTIAL) {
                RecordedUse oldest = byConsumer.values().stream()
                        .min(Comparator.comparing(RecordedUse::at))
                        .orElseThrow();
                byConsumer.remove(oldest.consumer());
            }
            if (last == null || !use.at().isBefore(last.at())) {
                last = use;
            }
        }

        RecordedUse last() {
            return last;
        }

        /** Re-adds every use as {@code change} rewrites it, oldest first; whether any use is left. */
        synchronized boolean update(UnaryOperator<RecordedUse> change) {
            List<RecordedUse> oldestFirst = new ArrayList<>(byConsumer.values());
            oldestFirst.sort(Comparator.comparing(RecordedUse::at));
            byConsumer.clear();
            last = null;
            for (RecordedUse use : oldestFirst) {
                RecordedUse changed = change.apply(use);
                if (changed != null) {
                    add(changed);
                }
            }
            return !byConsumer.isEmpty();
        }

        synchronized List<RecordedUse> newestFirst() {
            List<RecordedUse> uses = new ArrayList<>(byConsumer.values());
            uses.sort(NEWEST_FIRST);
            return uses;
        }
    }
}
