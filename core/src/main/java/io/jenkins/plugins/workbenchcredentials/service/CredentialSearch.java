package io.jenkins.plugins.workbenchcredentials.service;

import io.jenkins.plugins.workbenchcredentials.model.Credential;
import io.jenkins.plugins.workbenchcredentials.usage.RecordedUse;
import io.jenkins.plugins.workbenchcredentials.usage.UsageSource;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;

/**
 * Filters, sorts and pages credentials for one list request, over the index of the current snapshot
 * (rebuilt only when the repository hands out a new one). Sorting by a stored field walks a precomputed
 * order; sorting by last use, which changes with every build, selects the page with a bounded heap.
 * Ties are broken by ID in the direction of the sort, so pages are stable between requests.
 */
final class CredentialSearch {
    private volatile CredentialIndex index = new CredentialIndex(List.of());

    /** A page of the sorted matches, and how many matched in all. */
    record Result(List<Credential> page, int total) {}

    Result page(List<Credential> snapshot, ListQuery query, UsageSource usage) {
        CredentialIndex current = index;
        if (!current.isOf(snapshot)) {
            current = new CredentialIndex(snapshot);
            index = current;
        }
        String[] terms = query.query().isEmpty() ? new String[0] : query.query().toLowerCase(Locale.ROOT).split("\\s+");
        BitSet matches = current.matching(terms, query.type());
        int total = matches.cardinality();
        int from = Math.min((query.page() - 1) * query.pageSize(), total);
        int to = Math.min(from + query.pageSize(), total);
        List<Credential> page = query.sortBy() == SortField.LAST_USED
                ? byLastUse(current, matches, from, to, query.ascending(), usage)
                : byStoredField(current, matches, from, to, query);
        return new Result(page, total);
    }

    private static List<Credential> byStoredField(CredentialIndex index, BitSet matches, int from, int to, ListQuery query) {
        int[] order = index.ascendingOrder(query.sortBy());
        List<Credential> page = new ArrayList<>(to - from);
        int rank = 0;
        for (int k = 0; k < order.length && rank < to; k++) {
            int item = order[query.ascending() ? k : order.length - 1 - k];
            if (matches.get(item)) {
                if (rank >= from) {
                    page.add(index.item(item));
                }
                rank++;
            }
        }
        return page;
    }

    private record Keyed(Credential credential, long lastUse) {}

    /** Never-used credentials sort as the oldest. */
    private static List<Credential> byLastUse(
            CredentialIndex index, BitSet matches, int from, int to, boolean ascending, UsageSource usage) {
        Comparator<Keyed> order = Comparator.comparingLong(Keyed::lastUse).thenComparing(k -> k.credential().id());
        if (!ascending) {
            order = order.reversed();
        }
        PriorityQueue<Keyed> worstFirst = new PriorityQueue<>(Math.max(1, to), order.reversed());
        for (int item = matches.nextSetBit(0); item >= 0 && to > 0; item = matches.nextSetBit(item + 1)) {
            Credential credential = index.item(item);
            RecordedUse use = usage.lastUse(credential.id());
            long lastUse = use == null ? Long.MIN_VALUE : use.at().toEpochMilli();
            if (worstFirst.size() == to) {
                // Most candidates lose to the page's worst on the key alone: decide without allocating.
                long worst = worstFirst.peek().lastUse();
                if (ascending ? lastUse > worst : lastUse < worst) {
                    continue;
                }
            }
            Keyed keyed = new Keyed(credential, lastUse);
            if (worstFirst.size() < to) {
                worstFirst.add(keyed);
            } else if (order.compare(keyed, worstFirst.peek()) < 0) {
                worstFirst.poll();
                worstFirst.add(keyed);
            }
        }
        List<Keyed> first = new ArrayList<>(worstFirst);
        first.sort(order);
        return first.subList(from, to).stream().map(Keyed::credential).toList();
    }
}
