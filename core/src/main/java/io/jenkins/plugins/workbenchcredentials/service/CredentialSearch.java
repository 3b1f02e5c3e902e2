package io.jenkins.plugins.workbenchcredentials.service;

import io.jenkins.plugins.workbenchcredentials.expiry.CredentialExpiry;
import io.jenkins.plugins.workbenchcredentials.expiry.ExpiringSummary;
import io.jenkins.plugins.workbenchcredentials.expiry.ExpiryPolicy;
import io.jenkins.plugins.workbenchcredentials.model.Credential;
import io.jenkins.plugins.workbenchcredentials.usage.UsageSource;
import java.time.Instant;
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
    private final CredentialExpiries expiries;
    private volatile CredentialIndex index = new CredentialIndex(List.of());

    CredentialSearch(CredentialExpiries expiries) {
        this.expiries = expiries;
    }

    /** A page of the sorted matches, and how many matched in all. */
    record Result(List<Credential> page, int total) {}

    /** @param horizon with {@link ListQuery#expiring()}: the last date that counts as expiring */
    Result page(List<Credential> snapshot, ListQuery query, UsageSource usage, Instant horizon) {
        CredentialIndex current = indexOf(snapshot);
        String[] terms = query.query().isEmpty()
                ? new String[0]
                : query.query().toLowerCase(Locale.ROOT).split("\\s+");
        BitSet matches = current.matching(terms, query.type());
        if (query.expiring()) {
            matches.and(expiringBy(current, horizon));
        }
        int total = matches.cardinality();
        int from = Math.min((query.page() - 1) * query.pageSize(), total);
        int to = Math.min(from + query.pageSize(), total);
        List<Credential> page = query.sortBy() == SortField.LAST_USED
                ? byLastUse(current, matches, from, to, query.ascending(), usage)
                : byStoredField(current, matches, from, to, query);
        return new Result(page, total);
    }

    /** How many credentials have expired or expire within the policy's threshold, and the first of them. */
    ExpiringSummary expiringSummary(List<Credential> snapshot, ExpiryPolicy policy, Instant now) {
        CredentialIndex current = indexOf(snapshot);
        CredentialExpiry[] facts = current.expiries(expiries::of);
        Instant horizon = policy.horizon(now);
        int expired = 0;
        int expiring = 0;
        int soonest = -1;
        for (int i = 0; i < facts.length; i++) {
            Instant at = facts[i] == null ? null : facts[i].expiresAt();
            if (at == null || at.isAfter(horizon)) {
                continue;
            }
            if (at.isAfter(now)) {
                expiring++;
            } else {
                expired++;
            }
            if (soonest < 0 || at.isBefore(facts[soonest].expiresAt())) {
                soonest = i;
            }
        }
        ExpiringSummary.Soonest first = soonest < 0
                ? null
                : new ExpiringSummary.Soonest(
                        current.item(soonest).id().value(),
                        facts[soonest].expiresAt(),
                        facts[soonest].status(policy, now));
        return new ExpiringSummary(policy.thresholdDays(), expired, expiring, first);
    }

    /** Expiry facts of one credential, cached with the analysis of its kubeconfig. */
    CredentialExpiry expiryOf(Credential credential) {
        return expiries.of(credential);
    }

    private CredentialIndex indexOf(List<Credential> snapshot) {
        CredentialIndex current = index;
        if (!current.isOf(snapshot)) {
            current = new CredentialIndex(snapshot);
            index = current;
        }
        return current;
    }

    private BitSet expiringBy(CredentialIndex index, Instant horizon) {
        CredentialExpiry[] facts = index.expiries(expiries::of);
        BitSet expiring = new BitSet(facts.length);
        for (int i = 0; i < facts.length; i++) {
            if (facts[i] != null
                    && facts[i].expiresAt() != null
                    && !facts[i].expiresAt().isAfter(horizon)) {
                expiring.set(i);
            }
        }
        return expiring;
    }

    private static List<Credential> byStoredField(
            CredentialIndex index, BitSet matches, int from, int to, ListQuery query) {
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

    /**
     * Never-used credentials sort as the oldest: first when ascending, last when descending, among
     * themselves by ID. The used ones come from the usage source's own list of last uses, so a
     * credential without any costs no lookup.
     */
    private static List<Credential> byLastUse(
            CredentialIndex index, BitSet matches, int from, int to, boolean ascending, UsageSource usage) {
        List<Keyed> used = new ArrayList<>();
        BitSet usedItems = new BitSet(index.size());
        usage.forEachLastUse((id, use) -> {
            int item = index.position(id);
            if (item >= 0 && matches.get(item)) {
                used.add(new Keyed(index.item(item), use.at().toEpochMilli()));
                usedItems.set(item);
            }
        });
        int neverUsed = matches.cardinality() - used.size();
        List<Credential> page = new ArrayList<>(to - from);
        if (ascending) {
            addNeverUsed(index, matches, usedItems, from, Math.min(to, neverUsed), true, page);
            addUsed(used, Math.max(0, from - neverUsed), to - neverUsed, true, page);
        } else {
            addUsed(used, from, Math.min(to, used.size()), false, page);
            addNeverUsed(index, matches, usedItems, Math.max(0, from - used.size()), to - used.size(), false, page);
        }
        return page;
    }

    /** Ranks [from, to) of the used credentials, by last use and then ID; a bounded heap finds them. */
    private static void addUsed(List<Keyed> used, int from, int to, boolean ascending, List<Credential> page) {
        if (to <= from) {
            return;
        }
        Comparator<Keyed> order = Comparator.comparingLong(Keyed::lastUse)
                .thenComparing(k -> k.credential().id());
        if (!ascending) {
            order = order.reversed();
        }
        PriorityQueue<Keyed> worstFirst = new PriorityQueue<>(to, order.reversed());
        for (Keyed keyed : used) {
            if (worstFirst.size() < to) {
                worstFirst.add(keyed);
            } else if (order.compare(keyed, worstFirst.peek()) < 0) {
                worstFirst.poll();
                worstFirst.add(keyed);
            }
        }
        List<Keyed> first = new ArrayList<>(worstFirst);
        first.sort(order);
        first.subList(from, Math.min(to, first.size())).forEach(k -> page.add(k.credential()));
    }

    /** Ranks [from, to) of the matching credentials never used, in ID order. */
    private static void addNeverUsed(
            CredentialIndex index,
            BitSet matches,
            BitSet usedItems,
            int from,
            int to,
            boolean ascending,
            List<Credential> page) {
        if (to <= from) {
            return;
        }
        int[] byId = index.ascendingOrder(SortField.ID);
        int rank = 0;
        for (int k = 0; k < byId.length && rank < to; k++) {
            int item = byId[ascending ? k : byId.length - 1 - k];
            if (matches.get(item) && !usedItems.get(item)) {
                if (rank >= from) {
                    page.add(index.item(item));
                }
                rank++;
            }
        }
    }
}
