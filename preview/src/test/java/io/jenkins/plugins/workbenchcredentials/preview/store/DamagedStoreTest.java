package io.jenkins.plugins.workbenchcredentials.preview.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.preview.home.PrivateFiles;
import io.jenkins.plugins.workbenchcredentials.preview.store.StoreFormat.Kind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A store file that cannot be read is reported, naming it, and never overwritten. */
class DamagedStoreTest {
    private static final String TOKEN = "ghp_damage-test-token-0123456789";

    /** A history entry as the store writes it; each damage below changes one part of it. */
    private static final String ENTRY =
            "{\"at\":\"2026-01-01T00:00:00Z\",\"action\":\"created\",\"type\":\"secret-text\","
                    + "\"actor\":\"alice\",\"source\":\"workbench-cli\",\"fields\":[\"scope\",\"token\"]}";

    @TempDir
    Path folder;

    private Path file;
    private Path key;

    @BeforeEach
    void storeWithOneCredential() {
        StoreFixture store = new StoreFixture(folder);
        store.repository.insert(StoreFixture.secretText("gh-token", TOKEN), StoreFixture.note());
        store.usage.record(
                CredentialId.of("gh-token"),
                ledger -> new io.jenkins.plugins.workbenchcredentials.usage.RecordedUse(
                        "deploy", null, "1", null, java.time.Instant.parse("2026-02-02T00:00:00Z"), "ci"));
        file = folder.resolve("credentials.wbc");
        key = folder.resolve("store.key");
    }

    @Test
    void aFlippedByteIsUndecryptable() throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 20] ^= 0x01;
        Files.write(file, bytes);
        assertRefusedAndUntouched("store.undecryptable", file.toString());
    }

    @Test
    void anotherKeyIsUndecryptable() throws Exception {
        Files.write(key, PrivateFiles.randomBytes(32));
        assertRefusedAndUntouched("store.undecryptable", key.toString());
    }

    @Test
    void theUsageFilePassedOffAsTheCredentialsFileIsUndecryptable() throws Exception {
        Files.copy(folder.resolve("usage.wbc"), file, StandardCopyOption.REPLACE_EXISTING);
        assertRefusedAndUntouched("store.undecryptable", file.toString());
    }

    @Test
    void aForeignFileIsNamedAsSuch() throws Exception {
        Files.writeString(file, "credentials:\n  gh-token: plain text from some other tool\n");
        assertRefusedAndUntouched("store.foreign", file.toString());
    }

    @Test
    void aTruncatedFileIsForeign() throws Exception {
        Files.write(file, "WBCSTORE".getBytes(StandardCharsets.US_ASCII));
        assertRefusedAndUntouched("store.foreign", file.toString());
    }

    @Test
    void aNewerFormatIsNotGuessedAt() throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        bytes[9] = (byte) (StoreFormat.VERSION + 1);
        Files.write(file, bytes);
        assertRefusedAndUntouched("store.newerFormat", file.toString());
    }

    @Test
    void aMissingKeyIsNotReplacedByANewOne() throws Exception {
        Files.delete(key);
        assertRefusedAndUntouched("store.keyMissing", key.toString());
        assertThat(key).doesNotExist();
    }

    @Test
    void aKeyOfTheWrongSizeIsRefused() throws Exception {
        Files.write(key, PrivateFiles.randomBytes(16));
        assertRefusedAndUntouched("store.badKey", key.toString());
    }

    @Test
    void authenticContentThatIsNotAStoreIsCorrupt() throws Exception {
        StoreFixture store = new StoreFixture(folder);
        String json = "{\"credentials\":[" + credential("bad id") + "],\"history\":{}}";
        new EncryptedFile(file, key, Kind.CREDENTIALS)
                .write(store.store.keyForWriting(), json.getBytes(StandardCharsets.UTF_8));
        assertRefusedAndUntouched("store.corrupt", file.toString());
    }

    @Test
    void aCurrentFileWithoutItsHistoryIsCorrupt() throws Exception {
        writeDocument("{\"credentials\":[" + credential("gh-token") + "]}", StoreFormat.VERSION);
        assertRefusedAndUntouched("store.corrupt", file.toString());
    }

    @Test
    void aFileOfTheFormatBeforeTheHistoryThatHoldsOneIsCorrupt() throws Exception {
        writeDocument("{\"credentials\":[" + credential("gh-token") + "],\"history\":{}}", 1);
        assertRefusedAndUntouched("store.corrupt", file.toString());
    }

    @Test
    void theSameDocumentsAreReadWhenWellFormed() throws Exception {
        // The documents the damage tests start from, undamaged: so those fail for the damage alone.
        writeDocument(
                "{\"credentials\":[" + credential("gh-token") + "],\"history\":{\"gh-token\":[" + ENTRY + "]}}",
                StoreFormat.VERSION);
        StoreFixture store = new StoreFixture(folder);
        assertThat(store.repository.list()).extracting(c -> c.id().value()).containsExactly("gh-token");
        assertThat(store.repository.history(CredentialId.of("gh-token"))).hasSize(1);
        writeDocument("{\"credentials\":[" + credential("gh-token") + "]}", 1);
        assertThat(new StoreFixture(folder).repository.list()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedHistories")
    void aDamagedHistoryIsRefusedLikeDamagedCredentials(String damage, String history) throws Exception {
        writeDocument(
                "{\"credentials\":[" + credential("gh-token") + "],\"history\":" + history + "}", StoreFormat.VERSION);
        assertRefusedAndUntouched("store.corrupt", file.toString());
    }

    static Stream<Arguments> damagedHistories() {
        return Stream.of(
                arguments("an unknown action", entry("\"action\":\"created\"", "\"action\":\"renamed\"")),
                arguments("an unknown source", entry("\"source\":\"workbench-cli\"", "\"source\":\"elsewhere\"")),
                arguments("an unknown type", entry("\"type\":\"secret-text\"", "\"type\":\"ssh-key\"")),
                arguments("no actor", entry("\"actor\":\"alice\",", "")),
                arguments("no time", entry("\"at\":\"2026-01-01T00:00:00Z\"", "\"at\":null")),
                arguments("no fields", entry(",\"fields\":[\"scope\",\"token\"]", "")),
                arguments("a part no entry has", entry("\"fields\"", "\"value\":\"x\",\"fields\"")),
                arguments("an invalid ID", "{\"bad id\":[" + ENTRY + "]}"),
                arguments("no list of entries", "{\"gh-token\":null}"),
                arguments("a list instead of the entries by ID", "[]"),
                arguments("null", "null"));
    }

    /** The history of gh-token with one entry, {@link #ENTRY} with one part changed. */
    private static String entry(String part, String changed) {
        if (!ENTRY.contains(part)) {
            throw new IllegalArgumentException("The entry has no " + part);
        }
        return "{\"gh-token\":[" + ENTRY.replace(part, changed) + "]}";
    }

    private void writeDocument(String json, int format) {
        StoreFixture store = new StoreFixture(folder);
        new EncryptedFile(file, key, Kind.CREDENTIALS)
                .write(store.store.keyForWriting(), json.getBytes(StandardCharsets.UTF_8), format);
    }

    private static String credential(String id) {
        return "{\"id\":\"" + id + "\",\"type\":\"secret-text\",\"description\":\"\",\"scope\":\"GLOBAL\","
                + "\"createdAt\":\"2026-01-01T00:00:00Z\",\"updatedAt\":\"2026-01-01T00:00:00Z\",\"revision\":1,\"token\":\""
                + TOKEN + "\"}";
    }

    @Test
    void aDamagedUsageFileIsReportedToo() throws Exception {
        Path usage = folder.resolve("usage.wbc");
        byte[] bytes = Files.readAllBytes(usage);
        bytes[bytes.length - 1] ^= 0x40;
        Files.write(usage, bytes);
        assertThatThrownBy(() -> new StoreFixture(folder))
                .isInstanceOfSatisfying(
                        StoreException.class, e -> assertThat(e.messageKey()).isEqualTo("store.undecryptable"))
                .hasMessageContaining(usage.toString());
        assertThat(Files.readAllBytes(usage)).isEqualTo(bytes);
    }

    /** Every read and every change fails with the same clear error, and the file keeps its bytes. */
    private void assertRefusedAndUntouched(String messageKey, String named) throws Exception {
        byte[] before = Files.readAllBytes(file);
        byte[] keyBefore = Files.exists(key) ? Files.readAllBytes(key) : null;
        FileCredentialRepositoryHandle repository = new FileCredentialRepositoryHandle(folder);
        for (ThrowingCallable attempt : new ThrowingCallable[] {
            repository::list,
            () -> repository.insert("another"),
            () -> repository.update("gh-token"),
            () -> repository.delete("gh-token"),
        }) {
            assertThatThrownBy(attempt)
                    .isInstanceOfSatisfying(
                            StoreException.class,
                            e -> assertThat(e.messageKey()).isEqualTo(messageKey))
                    .hasMessageContaining(named)
                    .hasMessageNotContaining(TOKEN);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        if (keyBefore != null) {
            assertThat(Files.readAllBytes(key)).isEqualTo(keyBefore);
        }
    }

    /** The repository alone: the usage file is fine in these cases, but opening it must not hide the error. */
    private static final class FileCredentialRepositoryHandle {
        private final FileCredentialRepository repository;

        FileCredentialRepositoryHandle(Path folder) {
            EmbeddedStore store =
                    EmbeddedStore.open(io.jenkins.plugins.workbenchcredentials.preview.home.WorkbenchHome.open(folder));
            this.repository = new FileCredentialRepository(store, id -> {}, java.time.Clock.systemUTC());
        }

        void list() {
            repository.list();
        }

        void insert(String id) {
            repository.insert(StoreFixture.secretText(id, "some-other-token"), StoreFixture.note());
        }

        void update(String id) {
            repository.update(CredentialId.of(id), c -> c, StoreFixture.note());
        }

        void delete(String id) {
            repository.delete(CredentialId.of(id), StoreFixture.note());
        }
    }
}
