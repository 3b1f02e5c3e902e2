package io.jenkins.plugins.workbenchcredentials.usage;

import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An index from credential ID to the definitions that reference it, kept up to date as definitions
 * change, so a where-used query is a lookup instead of a scan of every job. Safe under concurrent use.
 */
public final class StaticReferenceIndex {
    private final Map<String, Indexed> byConsumer = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> consumersById = new ConcurrentHashMap<>();

    private record Indexed(StaticReference reference, Set<String> ids) {}

    /** Indexes (or re-indexes) one consumer's definition. */
    public synchronized void put(StaticReference reference, CharSequence definition) {
        remove(reference.consumer());
        Set<String> ids = ReferenceScanner.referencedIds(definition);
        byConsumer.put(reference.consumer(), new Indexed(reference, ids));
        for (String id : ids) {
            consumersById
                    .computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet())
                    .add(reference.consumer());
        }
    }

    public synchronized void remove(String consumer) {
        Indexed old = byConsumer.remove(consumer);
        if (old == null) {
            return;
        }
        for (String id : old.ids()) {
            Set<String> consumers = consumersById.get(id);
            if (consumers != null) {
                consumers.remove(consumer);
                if (consumers.isEmpty()) {
                    consumersById.remove(id);
                }
            }
        }
    }

    /** Definitions that reference the ID, by consumer name. */
    public List<StaticReference> referencesTo(CredentialId id) {
        Set<String> consumers = consumersById.get(id.value());
        if (consumers == null) {
            return List.of();
        }
        List<StaticReference> references = new ArrayList<>();
        for (String consumer : consumers) {
            Indexed indexed = byConsumer.get(consumer);
            if (indexed != null) {
                references.add(indexed.reference());
            }
        }
        references.sort(Comparator.comparing(StaticReference::consumer));
        return references;
    }

    public int size() {
        return byConsumer.size();
    }
}
