package io.jenkins.plugins.workbenchcredentials.preview.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.usage.RecordedUse;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistentUsageTest {
    private static final CredentialId ID = CredentialId.of("gh-token");

    @TempDir
    Path folder;

    @Test
    void recordedUsesOutliveTheProcessAndReachOthersOnRefresh() {
        StoreFixture recorder = new StoreFixture(folder);
        StoreFixture server = new StoreFixture(folder);
        recorder.repository.insert(StoreFixture.secretText("gh-token", "token-value-123"), StoreFixture.note());
        recorder.usage.record(ID, ledger -> use("deploy", "1", "2026-03-01T10:00:00Z"));
        recorder.usage.record(ID, ledger -> use("release", "7", "2026-03-02T10:00:00Z"));

        assertThat(server.usage.ledger().uses(ID)).isEmpty();
        server.usage.refresh();
        assertThat(server.usage.ledger().uses(ID))
                .extracting(RecordedUse::consumer)
                .containsExactly("release", "deploy");
        assertThat(new StoreFixture(folder).usage.ledger().lastUse(ID).build()).isEqualTo("7");
    }

    @Test
    void aUseIsComputedFromTheLedgerAsStoredAtThatMoment() {
        StoreFixture first = new StoreFixture(folder);
        StoreFixture second = new StoreFixture(folder);
        first.usage.record(ID, ledger -> use("deploy", "1", "2026-03-01T10:00:00Z"));
        // The second opener has not refreshed, yet sees the first use when it records.
        RecordedUse recorded = second.usage.record(
                ID,
                ledger -> use(
                        "deploy",
                        String.valueOf(Long.parseLong(ledger.lastUse(ID).build()) + 1),
                        "2026-03-01T11:00:00Z"));
        assertThat(recorded.build()).isEqualTo("2");
    }

    @Test
    void deletingACredentialForgetsItsUses() {
        StoreFixture store = new StoreFixture(folder);
        store.repository.insert(StoreFixture.secretText("gh-token", "token-value-123"), StoreFixture.note());
        store.usage.record(ID, ledger -> use("deploy", "1", "2026-03-01T10:00:00Z"));
        store.repository.delete(ID, StoreFixture.note());
        assertThat(new StoreFixture(folder).usage.ledger().uses(ID)).isEmpty();
    }

    private static RecordedUse use(String consumer, String build, String at) {
        return new RecordedUse(consumer, null, build, null, Instant.parse(at), "ci");
    }
}
