package io.jenkins.plugins.workbenchcredentials.history;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The change history of the workbench credentials of every store (Jenkins' own, each folder's), and
 * what each store held when last seen: a trace of each credential (its type, revision and creation time,
 * never a field's value) that tells, after a restart, whether the store changed while nothing could
 * record it. Stores are keyed by their context's full name, {@code ""} for Jenkins itself.
 */
@Restricted(NoExternalUse.class)
public final class HistoryBook {
    private final Map<String, CredentialHistory> histories = new LinkedHashMap<>();
    private final Map<String, Map<String, Trace>> traces = new LinkedHashMap<>();

    /** What is kept of a credential to recognise a change made while the history could not record it. */
    public record Trace(String type, long revision, long createdAt) {}

    public synchronized void record(@NonNull String store, @NonNull CredentialId id, @NonNull HistoryEntry entry) {
        histories.computeIfAbsent(store, k -> new CredentialHistory()).record(id, entry);
    }

    @NonNull
    public synchronized List<HistoryEntry> entries(@NonNull String store, @NonNull CredentialId id) {
        CredentialHistory history = histories.get(store);
        return history == null ? List.of() : history.entries(id);
    }

    /** The traces of a store's credentials by ID; {@code null} if the store was never seen. */
    public synchronized Map<String, Trace> traces(@NonNull String store) {
        Map<String, Trace> seen = traces.get(store);
        return seen == null ? null : Map.copyOf(seen);
    }

    public synchronized void setTraces(@NonNull String store, @NonNull Map<String, Trace> seen) {
        traces.put(store, new LinkedHashMap<>(seen));
    }

    /** The keys of the stores of a folder and of the folders inside it. */
    @NonNull
    public synchronized Set<String> storesAtOrUnder(@NonNull String folder) {
        Set<String> keys = new TreeSet<>();
        for (String key : histories.keySet()) {
            if (isAtOrUnder(key, folder)) {
                keys.add(key);
            }
        }
        for (String key : traces.keySet()) {
            if (isAtOrUnder(key, folder)) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** A folder moved or was renamed: the histories of its stores and of those inside it follow it. */
    public synchronized void relocate(@NonNull String oldFolder, @NonNull String newFolder) {
        for (String key : storesAtOrUnder(oldFolder)) {
            String moved = newFolder + key.substring(oldFolder.length());
            CredentialHistory history = histories.remove(key);
            if (history != null) {
                histories.put(moved, history);
            }
            Map<String, Trace> seen = traces.remove(key);
            if (seen != null) {
                traces.put(moved, seen);
            }
        }
    }

    /** The store is gone with its folder: its traces go, its history stays for the deletions it records. */
    public synchronized void forgetTraces(@NonNull String store) {
        traces.remove(store);
    }

    /** Forgets the histories of credentials deleted long ago; whether anything was forgotten. */
    public synchronized boolean prune(@NonNull Instant now) {
        boolean pruned = false;
        for (CredentialHistory history : histories.values()) {
            pruned |= history.prune(now);
        }
        return pruned;
    }

    /** Everything, for the ledger file: per store, per credential, oldest first. */
    @NonNull
    public synchronized Map<String, Map<CredentialId, List<HistoryEntry>>> snapshot() {
        Map<String, Map<CredentialId, List<HistoryEntry>>> copy = new LinkedHashMap<>();
        histories.forEach((store, history) -> copy.put(store, history.snapshot()));
        return copy;
    }

    @NonNull
    public synchronized Map<String, Map<String, Trace>> tracesSnapshot() {
        Map<String, Map<String, Trace>> copy = new LinkedHashMap<>();
        traces.forEach((store, seen) -> copy.put(store, Map.copyOf(seen)));
        return copy;
    }

    /** Replaces everything with what the ledger file held. */
    public synchronized void restore(
            @NonNull Map<String, Map<CredentialId, List<HistoryEntry>>> saved,
            @NonNull Map<String, Map<String, Trace>> savedTraces) {
        histories.clear();
        saved.forEach((store, entries) -> {
            CredentialHistory history = new CredentialHistory();
            history.restore(entries);
            histories.put(store, history);
        });
        traces.clear();
        savedTraces.forEach((store, seen) -> traces.put(store, new LinkedHashMap<>(seen)));
    }

    static boolean isAtOrUnder(String key, String folder) {
        return key.equals(folder) || key.startsWith(folder + "/");
    }
}
