package io.jenkins.plugins.workbenchcredentials.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialHistoryTest {
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final CredentialId ID = CredentialId.of("gh-token");

    private final CredentialHistory history = new CredentialHistory();

    @Test
    void entriesAreReadNewestFirst() {
        history.record(ID, entry(ChangeKind.CREATED, T0));
        history.record(ID, entry(ChangeKind.UPDATED, T0.plusSeconds(1)));
        history.record(ID, entry(ChangeKind.DELETED, T0.plusSeconds(2)));

        assertThat(history.entries(ID))
                .extracting(HistoryEntry::action)
                .containsExactly(ChangeKind.DELETED, ChangeKind.UPDATED, ChangeKind.CREATED);
        assertThat(history.latest(ID).action()).isEqualTo(ChangeKind.DELETED);
        assertThat(history.entries(CredentialId.of("other"))).isEmpty();
    }

    @Test
    void aCredentialKeepsItsNewestHundredEntries() {
        for (int i = 0; i < 150; i++) {
            history.record(ID, entry(ChangeKind.UPDATED, T0.plusSeconds(i)));
        }

        List<HistoryEntry> kept = history.entries(ID);
        assertThat(kept).hasSize(CredentialHistory.MAX_ENTRIES_PER_CREDENTIAL);
        assertThat(kept.get(0).at()).isEqualTo(T0.plusSeconds(149));
        assertThat(kept.get(99).at()).isEqualTo(T0.plusSeconds(50));
    }

    @Test
    void aDeletedCredentialsHistoryIsKeptNinetyDays() {
        CredentialId kept = CredentialId.of("kept");
        CredentialId recreated = CredentialId.of("recreated");
        history.record(ID, entry(ChangeKind.DELETED, T0));
        history.record(kept, entry(ChangeKind.DELETED, T0.plus(Duration.ofDays(1))));
        history.record(recreated, entry(ChangeKind.DELETED, T0));
        history.record(recreated, entry(ChangeKind.CREATED, T0.plusSeconds(5)));

        assertThat(history.prune(T0.plus(Duration.ofDays(90)))).isFalse();
        assertThat(history.prune(T0.plus(Duration.ofDays(90)).plusSeconds(1))).isTrue();

        assertThat(history.entries(ID)).isEmpty();
        assertThat(history.entries(kept)).hasSize(1);
        assertThat(history.entries(recreated)).hasSize(2);
    }

    @Test
    void whatIsPersistedIsRestoredWithinTheBounds() {
        history.record(ID, entry(ChangeKind.CREATED, T0));
        history.record(ID, entry(ChangeKind.UPDATED, T0.plusSeconds(1)));
        Map<CredentialId, List<HistoryEntry>> saved = history.snapshot();

        CredentialHistory restored = new CredentialHistory();
        restored.restore(saved);

        assertThat(restored.entries(ID)).isEqualTo(history.entries(ID));
        assertThat(saved.get(ID))
                .extracting(HistoryEntry::action)
                .containsExactly(ChangeKind.CREATED, ChangeKind.UPDATED);

        List<HistoryEntry> tooMany = java.util.stream.IntStream.range(0, 120)
                .mapToObj(i -> entry(ChangeKind.UPDATED, T0.plusSeconds(i)))
                .toList();
        restored.restore(Map.of(ID, tooMany));
        assertThat(restored.entries(ID))
                .hasSize(100)
                .first()
                .extracting(HistoryEntry::at)
                .isEqualTo(T0.plusSeconds(119));
    }

    @Test
    void theActorIsNeverBlankAndStaysShort() {
        assertThat(new ChangeOrigin(null, ChangeSource.SYSTEM).actor()).isEqualTo(ChangeOrigin.SYSTEM_ACTOR);
        assertThat(new ChangeOrigin("  ", ChangeSource.SYSTEM).actor()).isEqualTo("SYSTEM");
        assertThat(new ChangeOrigin(" alice ", ChangeSource.WORKBENCH).actor()).isEqualTo("alice");
        assertThat(new ChangeOrigin("x".repeat(1000), ChangeSource.WORKBENCH).actor())
                .hasSize(ChangeOrigin.MAX_ACTOR_CHARS);
    }

    private static HistoryEntry entry(ChangeKind kind, Instant at) {
        return new HistoryEntry(at, kind, "secret-text", "alice", ChangeSource.WORKBENCH, List.of());
    }
}
