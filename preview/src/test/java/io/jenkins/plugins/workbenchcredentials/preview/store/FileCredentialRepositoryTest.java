package io.jenkins.plugins.workbenchcredentials.preview.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.workbenchcredentials.error.ErrorCode;
import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import io.jenkins.plugins.workbenchcredentials.model.Credential;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.preview.testing.Kubeconfigs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCredentialRepositoryTest {
    private static final String TOKEN = "ghp_test-token-0123456789abcdef";
    private static final String PASSWORD = "pa55-word-for-the-registry";

    @TempDir
    Path folder;

    @Test
    void keepsEveryTypeForTheNextProcessToRead() {
        StoreFixture writer = new StoreFixture(folder);
        Credential token = StoreFixture.secretText("gh-token", TOKEN);
        Credential account = StoreFixture.usernamePassword("registry", "ci-bot", PASSWORD);
        Credential kube = StoreFixture.kubeconfig("prod-kube", Kubeconfigs.twoContexts());
        writer.repository.insert(token, StoreFixture.note());
        writer.repository.insert(account, StoreFixture.note());
        writer.repository.insert(kube, StoreFixture.note());

        StoreFixture reader = new StoreFixture(folder);
        assertThat(reader.repository.list()).containsExactly(token, account, kube);
        assertThat(reader.repository.find(CredentialId.of("prod-kube"))).contains(kube);
    }

    @Test
    void keepsEverythingEncryptedInPrivateFiles() throws Exception {
        StoreFixture store = new StoreFixture(folder);
        store.repository.insert(StoreFixture.secretText("gh-token", TOKEN), StoreFixture.note());
        store.repository.insert(StoreFixture.usernamePassword("registry", "ci-bot", PASSWORD), StoreFixture.note());
        store.repository.insert(StoreFixture.kubeconfig("prod-kube", Kubeconfigs.twoContexts()), StoreFixture.note());

        byte[] file = Files.readAllBytes(folder.resolve("credentials.wbc"));
        String asText = new String(file, StandardCharsets.ISO_8859_1);
        assertThat(asText).startsWith("WBCSTORE");
        assertThat(asText).doesNotContain(TOKEN, PASSWORD, Kubeconfigs.DEV_TOKEN, "ci-bot", "gh-token", "registry");
        assertThat(permissions(folder)).isEqualTo("rwx------");
        assertThat(permissions(folder.resolve("credentials.wbc"))).isEqualTo("rw-------");
        assertThat(permissions(folder.resolve("store.key"))).isEqualTo("rw-------");
        assertThat(Files.size(folder.resolve("store.key"))).isEqualTo(32);
    }

    @Test
    void listsTheSameInstanceUntilAnyProcessChangesTheStore() {
        StoreFixture mine = new StoreFixture(folder);
        StoreFixture other = new StoreFixture(folder);
        mine.repository.insert(StoreFixture.secretText("first", TOKEN), StoreFixture.note());
        List<Credential> before = mine.repository.list();
        assertThat(mine.repository.list()).isSameAs(before);

        other.repository.insert(StoreFixture.secretText("second", TOKEN), StoreFixture.note());
        List<Credential> after = mine.repository.list();
        assertThat(after).isNotSameAs(before).extracting(c -> c.id().value()).containsExactly("first", "second");
        assertThat(mine.repository.list()).isSameAs(after);
    }

    @Test
    void refusesADuplicateInsertedByAnotherProcessSinceTheLastRead() {
        StoreFixture mine = new StoreFixture(folder);
        StoreFixture other = new StoreFixture(folder);
        assertThat(mine.repository.list()).isEmpty();
        other.repository.insert(StoreFixture.secretText("gh-token", TOKEN), StoreFixture.note());

        assertThatThrownBy(() -> mine.repository.insert(
                        StoreFixture.secretText("gh-token", "another-token"), StoreFixture.note()))
                .isInstanceOfSatisfying(
                        WorkbenchException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        assertThat(new StoreFixture(folder).repository.list()).hasSize(1);
    }

    @Test
    void aChangeThatFailsLeavesTheFileAsItWas() throws Exception {
        StoreFixture store = new StoreFixture(folder);
        store.repository.insert(StoreFixture.secretText("gh-token", TOKEN), StoreFixture.note());
        byte[] before = Files.readAllBytes(folder.resolve("credentials.wbc"));

        assertThatThrownBy(() -> store.repository.update(
                        CredentialId.of("gh-token"),
                        current -> {
                            throw WorkbenchException.invalid("description", "field.tooLong", "description", 1024);
                        },
                        StoreFixture.note()))
                .isInstanceOf(WorkbenchException.class);
        assertThatThrownBy(() ->
                        store.repository.update(CredentialId.of("missing"), current -> current, StoreFixture.note()))
                .isInstanceOfSatisfying(
                        WorkbenchException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThat(store.repository.delete(CredentialId.of("missing"), StoreFixture.note()))
                .isFalse();
        assertThat(Files.readAllBytes(folder.resolve("credentials.wbc"))).isEqualTo(before);
    }

    @Test
    void concurrentUpdatesFromManyOpenersAreNeverLost() throws Exception {
        new StoreFixture(folder).repository.insert(StoreFixture.secretText("counter", TOKEN), StoreFixture.note());
        int threads = 8;
        int incrementsEach = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    // Each thread opens the store itself, as separate processes would.
                    StoreFixture own = new StoreFixture(folder);
                    for (int i = 0; i < incrementsEach; i++) {
                        own.repository.update(
                                CredentialId.of("counter"),
                                c -> c.changed(
                                        String.valueOf(
                                                Integer.parseInt(c.description().replace("token counter", "0")) + 1),
                                        c.scope(),
                                        c.payload(),
                                        c.updatedAt()),
                                StoreFixture.note());
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Credential counter = new StoreFixture(folder)
                .repository
                .find(CredentialId.of("counter"))
                .orElseThrow();
        assertThat(counter.description()).isEqualTo(String.valueOf(threads * incrementsEach));
        assertThat(counter.revision()).isEqualTo(1 + threads * incrementsEach);
    }

    @Test
    void removesATemporaryFileLeftByAWriterThatDied() throws Exception {
        StoreFixture store = new StoreFixture(folder);
        store.repository.insert(StoreFixture.secretText("gh-token", TOKEN), StoreFixture.note());
        Path leftover = folder.resolve("credentials.wbc.tmp-0123456789abcdef");
        Files.write(leftover, new byte[] {1, 2, 3});
        store.repository.insert(StoreFixture.secretText("another", TOKEN), StoreFixture.note());
        assertThat(leftover).doesNotExist();
        assertThat(new StoreFixture(folder).repository.list()).hasSize(2);
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
