package io.jenkins.plugins.workbenchcredentials.usage;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsageTrackingTest {
    private static final CredentialId GH = CredentialId.of("gh-token");

    @Test
    void ledgerKeepsTheLatestUsePerConsumerNewestFirst() {
        UsageLedger ledger = new UsageLedger();
        ledger.record(GH, use("nightly", "#1", 10));
        ledger.record(GH, use("release", "#5", 20));
        ledger.record(GH, use("nightly", "#2", 30));
        assertThat(ledger.uses(GH)).extracting(RecordedUse::build).containsExactly("#2", "#5");
        assertThat(ledger.lastUse(GH).build()).isEqualTo("#2");
    }

    @Test
    void aLateReportOfAnOlderBuildDoesNotHideTheNewerOne() {
        UsageLedger ledger = new UsageLedger();
        ledger.record(GH, use("nightly", "#9", 90));
        ledger.record(GH, use("nightly", "#3", 30));
        assertThat(ledger.uses(GH)).extracting(RecordedUse::build).containsExactly("#9");
        assertThat(ledger.lastUse(GH).build()).isEqualTo("#9");
    }

    @Test
    void ledgerIsBoundedPerCredential() {
        UsageLedger ledger = new UsageLedger();
        for (int i = 0; i < UsageLedger.MAX_CONSUMERS_PER_CREDENTIAL + 10; i++) {
            ledger.record(GH, use("job-" + i, "#1", i));
        }
        List<RecordedUse> uses = ledger.uses(GH);
        assertThat(uses).hasSize(UsageLedger.MAX_CONSUMERS_PER_CREDENTIAL);
        assertThat(uses)
                .extracting(RecordedUse::consumer)
                .doesNotContain("job-0", "job-9")
                .contains("job-10");
    }

    @Test
    void snapshotRestoresAndForgetDrops() {
        UsageLedger ledger = new UsageLedger();
        ledger.record(GH, use("nightly", "#1", 10));
        UsageLedger restored = new UsageLedger();
        restored.restore(ledger.snapshot());
        assertThat(restored.uses(GH)).isEqualTo(ledger.uses(GH));
        restored.forget(GH);
        assertThat(restored.lastUse(GH)).isNull();
    }

    @Test
    void indexFollowsDefinitionsAsTheyChange() {
        StaticReferenceIndex index = new StaticReferenceIndex();
        StaticReference release = new StaticReference("release", "job/release/", "Pipeline script");
        index.put(release, "withWorkbenchCredential('gh-token') {}");
        index.put(new StaticReference("docs", null, "config.xml"), "<credentialsId>gh-token</credentialsId>");
        assertThat(index.referencesTo(GH)).extracting(StaticReference::consumer).containsExactly("docs", "release");

        index.put(release, "withWorkbenchCredential('other') {}");
        assertThat(index.referencesTo(GH)).extracting(StaticReference::consumer).containsExactly("docs");
        index.remove("docs");
        assertThat(index.referencesTo(GH)).isEmpty();
        assertThat(index.referencesTo(CredentialId.of("other"))).containsExactly(release);
    }

    @Test
    void combinedSourceReportsBothKindsAndTheNotes() {
        StaticReferenceIndex index = new StaticReferenceIndex();
        UsageLedger ledger = new UsageLedger();
        index.put(new StaticReference("release", null, "Pipeline script"), "'gh-token'");
        ledger.record(GH, use("nightly", "#4", 40));
        ledger.record(GH, use("release", "#2", 50));
        WhereUsed whereUsed =
                new CombinedUsageSource(index, ledger, List.of("Jenkinsfiles in SCM are not scanned")).whereUsed(GH);
        assertThat(whereUsed.dependents()).containsExactly("release", "nightly");
        assertThat(whereUsed.lastUse().build()).isEqualTo("#2");
        assertThat(whereUsed.notes()).containsExactly("Jenkinsfiles in SCM are not scanned");
        assertThat(whereUsed.isUsed()).isTrue();
        assertThat(WhereUsed.none(GH).isUsed()).isFalse();
    }

    @Test
    void updateRenamesAndDropsConsumersAndForgetsCredentialsLeftUnused() {
        UsageLedger ledger = new UsageLedger();
        CredentialId other = CredentialId.of("other");
        ledger.record(GH, use("old-name", "#1", 10));
        ledger.record(GH, use("nightly", "#7", 20));
        ledger.record(other, use("old-name", "#2", 30));

        ledger.updateUses(u -> u.consumer().equals("old-name")
                ? new RecordedUse("new-name", "job/new-name/", u.build(), null, u.at(), u.user())
                : u);
        assertThat(ledger.uses(GH)).extracting(RecordedUse::consumer).containsExactly("nightly", "new-name");
        assertThat(ledger.lastUse(other).consumer()).isEqualTo("new-name");

        ledger.updateUses(u -> u.consumer().equals("new-name") ? null : u);
        assertThat(ledger.uses(GH)).extracting(RecordedUse::consumer).containsExactly("nightly");
        assertThat(ledger.lastUse(GH).build()).isEqualTo("#7");
        assertThat(ledger.lastUse(other)).isNull();
        assertThat(ledger.snapshot()).containsOnlyKeys(GH);
    }

    @Test
    void aRenameOntoAnExistingConsumerKeepsTheNewerUse() {
        UsageLedger ledger = new UsageLedger();
        ledger.record(GH, use("a", "#1", 10));
        ledger.record(GH, use("b", "#9", 90));
        ledger.updateUses(u -> u.consumer().equals("a") ? use("b", u.build(), u.at().getEpochSecond()) : u);
        assertThat(ledger.uses(GH)).extracting(RecordedUse::build).containsExactly("#9");
    }

    private static RecordedUse use(String consumer, String build, long second) {
        return new RecordedUse(consumer, "job/" + consumer + "/", build, null, Instant.ofEpochSecond(second), "alice");
    }
}
