package io.jenkins.plugins.workbenchcredentials.preview.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import io.jenkins.plugins.workbenchcredentials.history.ChangeKind;
import io.jenkins.plugins.workbenchcredentials.history.ChangeNote;
import io.jenkins.plugins.workbenchcredentials.history.ChangeOrigin;
import io.jenkins.plugins.workbenchcredentials.history.ChangeSource;
import io.jenkins.plugins.workbenchcredentials.history.CredentialHistory;
import io.jenkins.plugins.workbenchcredentials.history.HistoryEntry;
import io.jenkins.plugins.workbenchcredentials.model.Credential;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.model.CredentialPayload;
import io.jenkins.plugins.workbenchcredentials.model.SecretValue;
import io.jenkins.plugins.workbenchcredentials.preview.testing.Kubeconfigs;
import io.jenkins.plugins.workbenchcredentials.testing.SampleKubeconfigs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The change history in the store: written with each change, in the same file, bounded, and never a value. */
class StoreHistoryTest {
    private static final String TOKEN = "ghp_history-token-0123456789abcdef";
    private static final String NEW_TOKEN = "ghp_history-token-rotated-9876543210";
    private static final String PASSWORD = "history-Pa55word-for-the-registry";
    private static final String USERNAME = "history-ci-bot-user";
    private static final String DESCRIPTION = "Registry of the nightly release job";
    private static final ChangeOrigin BOB = new ChangeOrigin("bob", ChangeSource.WORKBENCH);

    @TempDir
    Path folder;

    @Test
    void eachChangeIsRecordedWithItAndReadByTheNextProcess() {
        StoreFixture store = new StoreFixture(folder);
        CredentialId id = CredentialId.of("gh-token");
        store.repository.insert(StoreFixture.secretText("gh-token", TOKEN), StoreFixture.note());
        store.repository.update(
                id,
                c -> c.changed(
                        "rotated", c.scope(), new CredentialPayload.SecretText(SecretValue.of(NEW_TOKEN)), at(1)),
                new ChangeNote(BOB, at(1)));
        store.repository.delete(id, new ChangeNote(BOB, at(2)));

        List<HistoryEntry> history = new StoreFixture(folder).repository.history(id);

        assertThat(history)
                .extracting(HistoryEntry::action)
                .containsExactly(ChangeKind.DELETED, ChangeKind.UPDATED, ChangeKind.CREATED);
        assertThat(history).extracting(HistoryEntry::at).containsExactly(at(2), at(1), at(0));
        assertThat(history).extracting(HistoryEntry::actor).containsExactly("bob", "bob", "alice");
        assertThat(history)
                .extracting(HistoryEntry::source)
                .containsExactly(ChangeSource.WORKBENCH, ChangeSource.WORKBENCH, ChangeSource.WORKBENCH_CLI);
        assertThat(history.get(1).fields()).containsExactly("description", "token");
        assertThat(history.get(2).fields()).containsExactly("description", "scope", "token");
        assertThat(history.get(0).fields()).isEmpty();
        assertThat(history).allSatisfy(e -> assertThat(e.type()).isEqualTo("secret-text"));
        assertThat(new StoreFixture(folder).repository.find(id)).isEmpty();
    }

    @Test
    void anotherProcessSeesTheNewEntryAsSoonAsTheChange() {
        StoreFixture reader = new StoreFixture(folder);
        StoreFixture writer = new StoreFixture(folder);
        CredentialId id = CredentialId.of("gh-token");
        writer.repository.insert(StoreFixture.secretText("gh-token", TOKEN), StoreFixture.note());
        assertThat(reader.repository.history(id)).hasSize(1);

        writer.repository.update(id, c -> c.changed("more", c.scope(), c.payload(), at(1)), StoreFixture.note(at(1)));

        assertThat(reader.repository.find(id).orElseThrow().description()).isEqualTo("more");
        assertThat(reader.repository.history(id)).hasSize(2);
    }

    @Test
    void anUpdateThatChangesNoFieldAddsNoEntry() {
        StoreFixture store = new StoreFixture(folder);
        CredentialId id = CredentialId.of("gh-token");
        store.repository.insert(StoreFixture.secretText("gh-token", TOKEN), StoreFixture.note());

        Credential same = store.repository.update(
                id, c -> c.changed(c.description(), c.scope(), c.payload(), at(1)), StoreFixture.note(at(1)));

        assertThat(same.revision()).isEqualTo(2);
        assertThat(new StoreFixture(folder).repository.history(id))
                .extracting(HistoryEntry::action)
                .containsExactly(ChangeKind.CREATED);
    }

    @Test
    void aRefusedChangeRecordsNothing() {
        StoreFixture store = new StoreFixture(folder);
        CredentialId id = CredentialId.of("gh-token");
        store.repository.insert(StoreFixture.secretText("gh-token", TOKEN), StoreFixture.note());

        assertThatThrownBy(() -> store.repository.insert(
                        StoreFixture.secretText("gh-token", NEW_TOKEN), StoreFixture.note(at(1))))
                .isInstanceOf(WorkbenchException.class);
        assertThatThrownBy(() -> store.repository.update(
                        id,
                        c -> {
                            throw new IllegalArgumentException("refused");
                        },
                        StoreFixture.note(at(2))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.repository.delete(CredentialId.of("missing"), StoreFixture.note(at(3))))
                .isFalse();

        StoreFixture reopened = new StoreFixture(folder);
        assertThat(reopened.repository.history(id)).extracting(HistoryEntry::at).containsExactly(at(0));
        assertThat(reopened.repository.history(CredentialId.of("missing"))).isEmpty();
    }

    @Test
    void keepsTheLastHundredEntriesOfEachCredential() throws Exception {
        StoreFixture store = new StoreFixture(folder);
        CredentialId id = CredentialId.of("busy");
        store.repository.insert(StoreFixture.secretText("busy", TOKEN), StoreFixture.note());
        store.repository.insert(StoreFixture.secretText("quiet", TOKEN), StoreFixture.note());
        int updates = CredentialHistory.MAX_ENTRIES_PER_CREDENTIAL + 20;
        for (int i = 1; i <= updates; i++) {
            int n = i;
            store.repository.update(
                    id, c -> c.changed("version " + n, c.scope(), c.payload(), at(n)), StoreFixture.note(at(n)));
        }

        List<HistoryEntry> history = new StoreFixture(folder).repository.history(id);

        assertThat(history).hasSize(CredentialHistory.MAX_ENTRIES_PER_CREDENTIAL);
        assertThat(history.get(0).at()).isEqualTo(at(updates));
        assertThat(history.get(history.size() - 1).at()).isEqualTo(at(updates - 99));
        assertThat(history).allSatisfy(e -> assertThat(e.action()).isEqualTo(ChangeKind.UPDATED));
        assertThat(storedHistory().get("busy")).hasSize(CredentialHistory.MAX_ENTRIES_PER_CREDENTIAL);
        assertThat(storedHistory().get("quiet")).hasSize(1);
    }

    @Test
    void aDeletedCredentialsHistoryIsKeptNinetyDaysThenForgotten() throws Exception {
        Instant deleted = StoreFixture.CREATED.plus(Duration.ofDays(1));
        StoreFixture store = new StoreFixture(folder, clockAt(deleted));
        store.repository.insert(StoreFixture.secretText("old", TOKEN), StoreFixture.note());
        store.repository.insert(StoreFixture.secretText("recent", TOKEN), StoreFixture.note());
        store.repository.delete(CredentialId.of("old"), StoreFixture.note(deleted));

        Instant almost = deleted.plus(CredentialHistory.DELETED_KEPT).minusSeconds(1);
        assertThat(new StoreFixture(folder, clockAt(almost)).repository.history(CredentialId.of("old")))
                .hasSize(2);

        Instant after = deleted.plus(CredentialHistory.DELETED_KEPT).plusSeconds(1);
        StoreFixture later = new StoreFixture(folder, clockAt(after));
        assertThat(later.repository.history(CredentialId.of("old")))
                .as("no longer shown, though not yet written away")
                .isEmpty();
        assertThat(storedHistory()).containsKey("old");

        later.repository.delete(CredentialId.of("recent"), StoreFixture.note(after));

        assertThat(storedHistory()).as("the next write forgets it").doesNotContainKey("old");
        assertThat(storedHistory().get("recent")).hasSize(2);
        assertThat(later.repository.history(CredentialId.of("recent"))).hasSize(2);
    }

    @Test
    void aRecreatedCredentialContinuesItsHistoryAndIsNotForgotten() {
        Instant far = StoreFixture.CREATED.plus(Duration.ofDays(200));
        StoreFixture store = new StoreFixture(folder, clockAt(far));
        CredentialId id = CredentialId.of("gh-token");
        store.repository.insert(StoreFixture.secretText("gh-token", TOKEN), StoreFixture.note());
        store.repository.delete(id, StoreFixture.note(at(1)));
        store.repository.insert(StoreFixture.secretText("gh-token", NEW_TOKEN), StoreFixture.note(far));

        assertThat(new StoreFixture(folder, clockAt(far)).repository.history(id))
                .extracting(HistoryEntry::action)
                .containsExactly(ChangeKind.CREATED, ChangeKind.DELETED, ChangeKind.CREATED);
    }

    @Test
    void theHistoryInTheDecryptedFileHoldsNoValueOfAnyField() throws Exception {
        StoreFixture store = new StoreFixture(folder);
        store.repository.insert(StoreFixture.usernamePassword("registry", USERNAME, PASSWORD), StoreFixture.note());
        store.repository.insert(StoreFixture.secretText("gh-token", TOKEN), StoreFixture.note());
        store.repository.insert(StoreFixture.kubeconfig("prod-kube", Kubeconfigs.twoContexts()), StoreFixture.note());
        store.repository.update(
                CredentialId.of("registry"),
                c -> c.changed(
                        DESCRIPTION,
                        c.scope(),
                        new CredentialPayload.UsernamePassword("other-" + USERNAME, SecretValue.of("new-" + PASSWORD)),
                        at(1)),
                StoreFixture.note(at(1)));
        store.repository.update(
                CredentialId.of("gh-token"),
                c -> c.changed(
                        c.description(), c.scope(), new CredentialPayload.SecretText(SecretValue.of(NEW_TOKEN)), at(1)),
                StoreFixture.note(at(1)));
        store.repository.update(
                CredentialId.of("prod-kube"),
                c -> c.changed(
                        c.description(),
                        c.scope(),
                        new CredentialPayload.Kubeconfig(
                                SecretValue.of(SampleKubeconfigs.twoContexts()), "dev", "kube-system"),
                        at(1)),
                StoreFixture.note(at(1)));
        store.repository.delete(CredentialId.of("gh-token"), StoreFixture.note(at(2)));

        JsonNode document = decrypted();
        String history = document.get("history").toString();

        assertThat(history)
                .doesNotContain(
                        TOKEN,
                        NEW_TOKEN,
                        PASSWORD,
                        USERNAME,
                        DESCRIPTION,
                        Kubeconfigs.DEV_TOKEN,
                        Kubeconfigs.PROD_TOKEN,
                        SampleKubeconfigs.PROD_TOKEN,
                        "kube-system",
                        "apiVersion");
        assertThat(document.at("/history/registry/1/fields").toString())
                .isEqualTo("[\"description\",\"username\",\"password\"]");
        assertThat(document.at("/history/gh-token/1/fields").toString()).isEqualTo("[\"token\"]");
        assertThat(document.at("/history/prod-kube/1/fields").toString())
                .isEqualTo("[\"kubeconfig\",\"defaultContext\",\"defaultNamespace\"]");
        // Each entry is exactly these parts, so nothing else can slip into the file with it.
        List<String> parts = new ArrayList<>();
        document.at("/history/registry/0").fieldNames().forEachRemaining(parts::add);
        assertThat(parts).containsExactly("at", "action", "type", "actor", "source", "fields");
        assertThat(document.at("/history/gh-token/2/action").asText()).isEqualTo("deleted");
        assertThat(document.at("/history/gh-token/2/source").asText()).isEqualTo("workbench-cli");
    }

    @Test
    void theFileIsWrittenInFormatTwo() throws Exception {
        new StoreFixture(folder).repository.insert(StoreFixture.secretText("gh-token", TOKEN), StoreFixture.note());

        byte[] bytes = Files.readAllBytes(folder.resolve("credentials.wbc"));

        assertThat(((bytes[8] & 0xff) << 8) | (bytes[9] & 0xff)).isEqualTo(2).isEqualTo(StoreFormat.VERSION);
        assertThat(decrypted().get("history").isObject()).isTrue();
    }

    private JsonNode decrypted() throws Exception {
        StoreFixture store = new StoreFixture(folder);
        EncryptedFile.Content content = store.store
                .credentialsFile()
                .read(store.store.keyFor(store.store.credentialsFile()))
                .orElseThrow();
        return new ObjectMapper().readTree(content.plainText());
    }

    private Map<String, JsonNode> storedHistory() throws Exception {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        decrypted().get("history").fields().forEachRemaining(e -> byId.put(e.getKey(), e.getValue()));
        return byId;
    }

    private static Instant at(int seconds) {
        return StoreFixture.CREATED.plusSeconds(seconds);
    }

    private static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
