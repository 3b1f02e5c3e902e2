package io.jenkins.plugins.workbenchcredentials.preview.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.workbenchcredentials.history.ChangeKind;
import io.jenkins.plugins.workbenchcredentials.history.HistoryEntry;
import io.jenkins.plugins.workbenchcredentials.model.Credential;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.model.CredentialPayload;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store written in format 1, before the store kept a history: the files in {@code format-1/} were
 * written by the preview's own CLI of that format (commit a16b0cc), with these commands:
 *
 * <pre>
 * printf '%s' 'ghp_formatOneToken0123456789abcdef' | workbench create --type secret-text --id gh-token --description "GitHub API token"
 * printf '%s' 'format-one-Pa55word' | workbench create --type username-password --id registry --username ci-bot
 * printf '%s' 'format-one-other-token-value' | workbench create --type secret-text --id old-token
 * workbench update registry --description "Docker Hub" &lt;/dev/null
 * workbench delete old-token
 * workbench exec --id gh-token --consumer nightly -- true
 * </pre>
 */
class FormatOneStoreTest {
    private static final String TOKEN = "ghp_formatOneToken0123456789abcdef";
    private static final String PASSWORD = "format-one-Pa55word";

    @TempDir
    Path folder;

    private Path file;

    @BeforeEach
    void copyTheFormatOneStore() throws Exception {
        for (String name : new String[] {"credentials.wbc", "usage.wbc", "store.key"}) {
            try (InputStream in =
                    Objects.requireNonNull(FormatOneStoreTest.class.getResourceAsStream("format-1/" + name), name)) {
                Path copy = folder.resolve(name);
                Files.copy(in, copy);
                Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-------"));
            }
        }
        file = folder.resolve("credentials.wbc");
        assertThat(formatOf(file)).isEqualTo(1);
    }

    @Test
    void readsAsItIsWithNoHistory() throws Exception {
        byte[] before = Files.readAllBytes(file);
        StoreFixture store = new StoreFixture(folder);

        assertThat(store.repository.list()).extracting(c -> c.id().value()).containsExactly("gh-token", "registry");
        Credential registry = store.repository.find(CredentialId.of("registry")).orElseThrow();
        assertThat(registry.description()).isEqualTo("Docker Hub");
        assertThat(registry.revision()).isEqualTo(2);
        assertThat(((CredentialPayload.UsernamePassword) registry.payload())
                        .password()
                        .plainText())
                .isEqualTo(PASSWORD);
        assertThat(store.repository.history(CredentialId.of("gh-token"))).isEmpty();
        assertThat(store.repository.history(CredentialId.of("old-token"))).isEmpty();
        assertThat(store.usage.ledger().lastUse(CredentialId.of("gh-token")).consumer())
                .isEqualTo("nightly");
        assertThat(Files.readAllBytes(file)).as("reading changes nothing").isEqualTo(before);
    }

    @Test
    void theNextChangeWritesTheCurrentFormatWithItsEntryAndKeepsEverythingElse() throws Exception {
        StoreFixture store = new StoreFixture(folder);
        store.repository.update(
                CredentialId.of("gh-token"),
                c -> c.changed("GitHub token of the release job", c.scope(), c.payload(), StoreFixture.CREATED),
                StoreFixture.note());

        assertThat(formatOf(file)).isEqualTo(StoreFormat.VERSION);
        StoreFixture reopened = new StoreFixture(folder);
        assertThat(reopened.repository.history(CredentialId.of("gh-token")))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo(ChangeKind.UPDATED);
                    assertThat(entry.fields()).containsExactly("description");
                    assertThat(entry.actor()).isEqualTo("alice");
                });
        assertThat(reopened.repository.history(CredentialId.of("registry"))).isEmpty();
        Credential token = reopened.repository.find(CredentialId.of("gh-token")).orElseThrow();
        assertThat(((CredentialPayload.SecretText) token.payload()).token().plainText())
                .isEqualTo(TOKEN);
        assertThat(reopened.repository
                        .find(CredentialId.of("registry"))
                        .orElseThrow()
                        .revision())
                .isEqualTo(2);
        assertThat(formatOf(folder.resolve("usage.wbc")))
                .as("the uses were not written, and still read")
                .isEqualTo(1);
        assertThat(reopened.usage.ledger().lastUse(CredentialId.of("gh-token")).consumer())
                .isEqualTo("nightly");

        reopened.repository.delete(CredentialId.of("registry"), StoreFixture.note());
        assertThat(new StoreFixture(folder).repository.history(CredentialId.of("registry")))
                .extracting(HistoryEntry::action)
                .containsExactly(ChangeKind.DELETED);
    }

    private static int formatOf(Path storeFile) throws Exception {
        byte[] bytes = Files.readAllBytes(storeFile);
        return ((bytes[8] & 0xff) << 8) | (bytes[9] & 0xff);
    }
}
