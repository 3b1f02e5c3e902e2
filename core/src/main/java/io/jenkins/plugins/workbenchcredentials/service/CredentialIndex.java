package io.jenkins.plugins.workbenchcredentials.service;

import io.jenkins.plugins.workbenchcredentials.expiry.CredentialExpiry;
import io.jenkins.plugins.workbenchcredentials.model.Credential;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.model.CredentialType;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A search index over one snapshot of the repository: every credential's ID and description in one
 * contiguous lower-case string (so a search streams through memory instead of chasing 100,000 objects),
 * and the sort orders, each computed once per snapshot when first asked for.
 */
final class CredentialIndex {
    private static final char SEPARATOR = '\0';

    private final List<Credential> source;
    private final Credential[] items;
    private final String text;
    /** {@code starts[i]} is where item i's text begins; {@code starts[n]} is past the end. */
    private final int[] starts;
    /** Each item's type ordinal, side by side so a type filter does not visit every credential. */
    private final byte[] types;

    private final Map<SortField, int[]> ascendingOrders = new EnumMap<>(SortField.class);
    private Map<CredentialId, Integer> positions;
    /** Each item's expiry facts ({@code null}: none); read once per snapshot when first asked for. */
    private CredentialExpiry[] expiries;

    CredentialIndex(List<Credential> source) {
        this.source = source;
        this.items = source.toArray(new Credential[0]);
        this.starts = new int[items.length + 1];
        this.types = new byte[items.length];
        StringBuilder all = new StringBuilder(items.length * 64);
        for (int i = 0; i < items.length; i++) {
            starts[i] = all.length();
            types[i] = (byte) items[i].type().ordinal();
            all.append(items[i].id().value())
                    .append('\n')
                    .append(items[i].description())
                    .append(SEPARATOR);
        }
        starts[items.length] = all.length();
        this.text = all.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether this index was built from that very snapshot. */
    boolean isOf(List<Credential> snapshot) {
        return source == snapshot;
    }

    int size() {
        return items.length;
    }

    Credential item(int index) {
        return items[index];
    }

    /** The items of the type (any if {@code null}) whose ID or description contains every term. */
    BitSet matching(String[] lowerCaseTerms, CredentialType type) {
        BitSet matches = new BitSet(items.length);
        if (type == null) {
            matches.set(0, items.length);
        } else {
            byte wanted = (byte) type.ordinal();
            for (int i = 0; i < items.length; i++) {
                if (types[i] == wanted) {
                    matches.set(i);
                }
            }
        }
        for (String term : lowerCaseTerms) {
            matches.and(containing(term));
        }
        return matches;
    }

    /**
     * One hit per item at most: after a hit the scan jumps to the next item's text. Terms hold no
     * whitespace or NUL, so a hit never spans two items or the ID and the description.
     */
    private BitSet containing(String term) {
        BitSet hits = new BitSet(items.length);
        int item = 0;
        for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, starts[item + 1])) {
            while (starts[item + 1] <= at) {
                item++;
            }
            hits.set(item);
        }
        return hits;
    }

    /** The index of the item with that ID, or -1; the map is built once per snapshot when first asked for. */
    synchronized int position(CredentialId id) {
        if (positions == null) {
            positions = new HashMap<>(items.length * 2);
            for (int i = 0; i < items.length; i++) {
                positions.put(items[i].id(), i);
            }
        }
        return positions.getOrDefault(id, -1);
    }

    /**
     * Each item's expiry facts, worked out once per snapshot by {@code expiries} (a kubeconfig is parsed
     * at most once, and not at all for lists that never ask).
     */
    synchronized CredentialExpiry[] expiries(Function<Credential, CredentialExpiry> of) {
        if (expiries == null) {
            CredentialExpiry[] found = new CredentialExpiry[items.length];
            for (int i = 0; i < items.length; i++) {
                found[i] = of.apply(items[i]);
            }
            expiries = found;
        }
        return expiries;
    }

    /** Item indexes sorted by the field ascending, ties by ID; computed once per snapshot. */
    synchronized int[] ascendingOrder(SortField field) {
        return ascendingOrders.computeIfAbsent(field, this::sort);
    }

    private int[] sort(SortField field) {
        Comparator<Credential> byId = Comparator.comparing(Credential::id);
        Comparator<Credential> order =
                switch (field) {
                    case ID -> byId;
                    case TYPE -> Comparator.comparing(Credential::type).thenComparing(byId);
                    case CREATED -> Comparator.comparing(Credential::createdAt).thenComparing(byId);
                    case UPDATED -> Comparator.comparing(Credential::updatedAt).thenComparing(byId);
                    case LAST_USED -> throw new IllegalArgumentException("last use changes with every build");
                };
        Integer[] boxed = new Integer[items.length];
        for (int i = 0; i < boxed.length; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> order.compare(items[a], items[b]));
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }
}
