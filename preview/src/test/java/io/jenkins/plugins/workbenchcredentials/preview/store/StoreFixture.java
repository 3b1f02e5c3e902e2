package io.jenkins.plugins.workbenchcredentials.preview.store;

import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigAnalyzer;
import io.jenkins.plugins.workbenchcredentials.model.Credential;
import io.jenkins.plugins.workbenchcredentials.preview.home.WorkbenchHome;
import io.jenkins.plugins.workbenchcredentials.service.CredentialRequest;
import io.jenkins.plugins.workbenchcredentials.service.CredentialRules;
import java.time.Instant;

/** A store in a folder, opened the way each process of the preview opens it. */
final class StoreFixture {
    private static final CredentialRules RULES = new CredentialRules(new KubeconfigAnalyzer());

    final EmbeddedStore store;
    final PersistentUsage usage;
    final FileCredentialRepository repository;

    StoreFixture(java.nio.file.Path folder) {
        this.store = EmbeddedStore.open(WorkbenchHome.open(folder));
        this.usage = new PersistentUsage(store);
        this.repository = new FileCredentialRepository(store, usage::forget);
    }

    static Credential secretText(String id, String token) {
        return RULES.create(
                CredentialRequest.builder()
                        .id(id)
                        .type("secret-text")
                        .token(token)
                        .description("token " + id)
                        .build(),
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    static Credential usernamePassword(String id, String username, String password) {
        return RULES.create(
                CredentialRequest.builder()
                        .id(id)
                        .type("username-password")
                        .username(username)
                        .password(password)
                        .build(),
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    static Credential kubeconfig(String id, String text) {
        return RULES.create(
                CredentialRequest.builder()
                        .id(id)
                        .type("kubeconfig")
                        .kubeconfig(text)
                        .defaultContext("prod")
                        .build(),
                Instant.parse("2026-01-01T00:00:00Z"));
    }
}
