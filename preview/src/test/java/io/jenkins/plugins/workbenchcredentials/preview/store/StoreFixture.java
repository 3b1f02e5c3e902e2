package io.jenkins.plugins.workbenchcredentials.preview.store;

import io.jenkins.plugins.workbenchcredentials.history.ChangeNote;
import io.jenkins.plugins.workbenchcredentials.history.ChangeOrigin;
import io.jenkins.plugins.workbenchcredentials.history.ChangeSource;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigAnalyzer;
import io.jenkins.plugins.workbenchcredentials.model.Credential;
import io.jenkins.plugins.workbenchcredentials.preview.home.WorkbenchHome;
import io.jenkins.plugins.workbenchcredentials.service.CredentialRequest;
import io.jenkins.plugins.workbenchcredentials.service.CredentialRules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A store in a folder, opened the way each process of the preview opens it. Its clock stands a day after
 * {@link #CREATED}, the time the fixture's credentials are made and {@link #note()}'s changes recorded.
 */
final class StoreFixture {
    private static final CredentialRules RULES = new CredentialRules(new KubeconfigAnalyzer());
    static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
    static final ChangeOrigin ALICE = new ChangeOrigin("alice", ChangeSource.WORKBENCH_CLI);

    final EmbeddedStore store;
    final PersistentUsage usage;
    final FileCredentialRepository repository;

    StoreFixture(java.nio.file.Path folder) {
        this(folder, Clock.fixed(CREATED.plus(Duration.ofDays(1)), ZoneOffset.UTC));
    }

    StoreFixture(java.nio.file.Path folder, Clock clock) {
        this.store = EmbeddedStore.open(WorkbenchHome.open(folder));
        this.usage = new PersistentUsage(store);
        this.repository = new FileCredentialRepository(store, usage::forget, clock);
    }

    /** A change by alice through the CLI at {@link #CREATED}. */
    static ChangeNote note() {
        return new ChangeNote(ALICE, CREATED);
    }

    static ChangeNote note(Instant at) {
        return new ChangeNote(ALICE, at);
    }

    static Credential secretText(String id, String token) {
        return RULES.create(
                CredentialRequest.builder()
                        .id(id)
                        .type("secret-text")
                        .token(token)
                        .description("token " + id)
                        .build(),
                CREATED);
    }

    static Credential usernamePassword(String id, String username, String password) {
        return RULES.create(
                CredentialRequest.builder()
                        .id(id)
                        .type("username-password")
                        .username(username)
                        .password(password)
                        .build(),
                CREATED);
    }

    static Credential kubeconfig(String id, String text) {
        return RULES.create(
                CredentialRequest.builder()
                        .id(id)
                        .type("kubeconfig")
                        .kubeconfig(text)
                        .defaultContext("prod")
                        .build(),
                CREATED);
    }
}
