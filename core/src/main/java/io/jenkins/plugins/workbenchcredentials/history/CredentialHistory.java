package io.jenkins.plugins.workbenchcredentials.history;

import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The change history of every credential of one store, bounded: the newest
 * {@value #MAX_ENTRIES_PER_CREDENTIAL} entries a credential, and a deleted credential's history for
 * {@link #DELETED_KEPT} after its deletion, so it can still be read by ID. Hosts persist it with the
 * change it records, in one write. Safe under concurrent use.
 */
public final class CredentialHistory {
    public static final int MAX_ENTRIES_PER_CREDENTIAL = 100;
    public static final Duration DELETED_KEPT = Duration.ofDays(90);

    /** Newest last in each deque; insertion order of credentials kept for a stable file. */
    private final Map<CredentialId, Deque<HistoryEntry>> entries = new LinkedHashMap<>();

    public synchronized void record(CredentialId id, HistoryEntry entry) {
        Deque<HistoryEntry> log = entries.computeIfAbsent(id, k -> new ArrayDeque<>());
        log.addLast(entry);
        while (log.size() > MAX_ENTRIES_PER_CREDENTIAL) {
            log.removeFirst();
        }
    }

    /** The credential's history, newest first; empty if it has none. */
    public synchronized List<HistoryEntry> entries(CredentialId id) {
        Deque<HistoryEntry> log = entries.get(id);
        if (log == null) {
            return List.of();
        }
        List<HistoryEntry> newestFirst = new ArrayList<>(log.size());
        log.descendingIterator().forEachRemaining(newestFirst::add);
        return newestFirst;
    }

    /** The newest entry of the credential's history; {@code null} if it has none. */
    public synchronized HistoryEntry latest(CredentialId id) {
        Deque<HistoryEntry> log = entries.get(id);
        return log == null ? null : log.peekLast();
    }

    /**
     * Forgets the history of credentials deleted more than {@link #DELETED_KEPT} before {@code now}.
     *
     * @return whether anything was forgotten
     */
    public synchronized boolean prune(Instant now) {
        Instant cutoff = now.minus(DELETED_KEPT);
        return entries.values().removeIf(log -> {
            HistoryEntry last = log.peekLast();
            return last != null
                    && last.action() == ChangeKind.DELETED
                    && last.at().isBefore(cutoff);
        });
    }

    /** Everything recorded, oldest first in each list, for a host to persist. */
    public synchronized Map<CredentialId, List<HistoryEntry>> snapshot() {
        Map<CredentialId, List<HistoryEntry>> copy = new LinkedHashMap<>();
        entries.forEach((id, log) -> copy.put(id, List.copyOf(log)));
        return copy;
    }

    /** Replaces everything with what a host persisted (oldest first in each list), within the bounds. */
    public synchronized void restore(Map<CredentialId, List<HistoryEntry>> saved) {
        entries.clear();
        saved.forEach((id, log) -> log.forEach(entry -> record(id, entry)));
    }
}
