package io.jenkins.plugins.workbenchcredentials.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.workbenchcredentials.history.ChangeNote;
import io.jenkins.plugins.workbenchcredentials.model.Credential;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.model.CredentialPayload;
import io.jenkins.plugins.workbenchcredentials.model.CredentialScope;
import io.jenkins.plugins.workbenchcredentials.model.SecretValue;
import io.jenkins.plugins.workbenchcredentials.usage.RecordedUse;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The list's index, precomputed orders, heap selection and last-use walk give exactly what a plain
 * filter-sort-slice of every credential gives, for random credentials, uses, searches, sorts and pages.
 */
class ListingProperties {
    record Entry(String id, String description, int type, long created, long updated, Long lastUse) {}

    record Request(String query, SortField sortBy, boolean ascending, int page, int pageSize) {}

    @Property(tries = 300)
    void pagesEqualAPlainSortOfEveryMatch(@ForAll("entries") List<Entry> entries, @ForAll("requests") Request request) {
        ServiceFixture fixture = new ServiceFixture();
        Map<String, Entry> unique = entries.stream().collect(Collectors.toMap(Entry::id, e -> e, (a, b) -> a));
        for (Entry e : unique.values()) {
            fixture.repository.insert(credential(e), new ChangeNote(fixture.origin, fixture.clock.instant()));
            if (e.lastUse() != null) {
                fixture.ledger.record(
                        CredentialId.of(e.id()),
                        new RecordedUse("job-" + e.id(), null, "#1", null, Instant.ofEpochSecond(e.lastUse()), null));
            }
        }
        ListQuery query = new ListQuery(
                request.query(), null, request.sortBy(), request.ascending(), request.page(), request.pageSize());

        Page<CredentialView> page = fixture.service.list(query);

        List<Entry> expected = unique.values().stream()
                .filter(e -> mentionsEveryWord(e, request.query()))
                .sorted(order(request.sortBy(), request.ascending()))
                .toList();
        int from = Math.min((request.page() - 1) * request.pageSize(), expected.size());
        int to = Math.min(from + request.pageSize(), expected.size());
        assertThat(page.items())
                .extracting(CredentialView::id)
                .containsExactlyElementsOf(
                        expected.subList(from, to).stream().map(Entry::id).toList());
        assertThat(page.pagination().total()).isEqualTo(expected.size());
    }

    private static boolean mentionsEveryWord(Entry e, String query) {
        String text = (e.id() + "\n" + e.description()).toLowerCase(Locale.ROOT);
        return Arrays.stream(query.toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(word -> !word.isEmpty())
                .allMatch(text::contains);
    }

    /** The documented order: the field, then the ID in the same direction; never used counts as oldest. */
    private static Comparator<Entry> order(SortField field, boolean ascending) {
        Comparator<Entry> byId = Comparator.comparing(Entry::id);
        Comparator<Entry> order =
                switch (field) {
                    case ID -> byId;
                    case TYPE -> Comparator.comparingInt(Entry::type).thenComparing(byId);
                    case CREATED -> Comparator.comparingLong(Entry::created).thenComparing(byId);
                    case UPDATED -> Comparator.comparingLong(Entry::updated).thenComparing(byId);
                    case LAST_USED ->
                        Comparator.comparingLong((Entry e) -> e.lastUse() == null ? Long.MIN_VALUE : e.lastUse())
                                .thenComparing(byId);
                };
        return ascending ? order : order.reversed();
    }

    private static Credential credential(Entry e) {
        CredentialPayload payload = e.type() == 0
                ? new CredentialPayload.UsernamePassword("u", SecretValue.of("password"))
                : new CredentialPayload.SecretText(SecretValue.of("token-value"));
        return new Credential(
                CredentialId.of(e.id()),
                e.description(),
                CredentialScope.GLOBAL,
                payload,
                Instant.ofEpochSecond(e.created()),
                Instant.ofEpochSecond(e.updated()),
                1);
    }

    @Provide
    Arbitrary<List<Entry>> entries() {
        Arbitrary<String> ids = Arbitraries.strings()
                .withChars("abcxyz-.")
                .ofMinLength(1)
                .ofMaxLength(6)
                .filter(CredentialId::isValid);
        Arbitrary<String> descriptions =
                Arbitraries.strings().withChars("ab xyZ").ofMaxLength(8);
        // Few distinct times, so ties (broken by ID) are common.
        Arbitrary<Long> times = Arbitraries.longs().between(0, 5);
        Arbitrary<Long> lastUses = Arbitraries.longs().between(0, 5).injectNull(0.4);
        return Combinators.combine(ids, descriptions, Arbitraries.integers().between(0, 1), times, times, lastUses)
                .as(Entry::new)
                .list()
                .ofMaxSize(40);
    }

    @Provide
    Arbitrary<Request> requests() {
        return Combinators.combine(
                        Arbitraries.of("", "a", "x", "b z", "-"),
                        Arbitraries.of(SortField.class),
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(1, 6),
                        Arbitraries.integers().between(1, 12))
                .as(Request::new);
    }
}
