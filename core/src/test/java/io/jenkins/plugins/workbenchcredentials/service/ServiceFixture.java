package io.jenkins.plugins.workbenchcredentials.service;

import io.jenkins.plugins.workbenchcredentials.expiry.ExpiryPolicy;
import io.jenkins.plugins.workbenchcredentials.history.ChangeOrigin;
import io.jenkins.plugins.workbenchcredentials.history.ChangeSource;
import io.jenkins.plugins.workbenchcredentials.testing.SampleKubeconfigs;
import io.jenkins.plugins.workbenchcredentials.testing.TickingClock;
import io.jenkins.plugins.workbenchcredentials.usage.CombinedUsageSource;
import io.jenkins.plugins.workbenchcredentials.usage.StaticReferenceIndex;
import io.jenkins.plugins.workbenchcredentials.usage.UsageLedger;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A service over the in-memory repository, with usage and permissions the test controls. */
final class ServiceFixture {
    final InMemoryCredentialRepository repository = new InMemoryCredentialRepository();
    final StaticReferenceIndex references = new StaticReferenceIndex();
    final UsageLedger ledger = new UsageLedger();
    final Set<Permission> granted = EnumSet.allOf(Permission.class);
    final TickingClock clock = new TickingClock(Instant.parse("2026-01-01T00:00:00Z"));
    /** Who the service says makes each change; a test may set another. */
    ChangeOrigin origin = new ChangeOrigin("alice", ChangeSource.WORKBENCH);
    /** The expiry threshold the service applies; a test may set another. */
    ExpiryPolicy expiry = ExpiryPolicy.DEFAULT;

    final WorkbenchService service = new WorkbenchService(
            repository,
            new CombinedUsageSource(references, ledger, List.of()),
            granted::contains,
            clock,
            () -> origin,
            () -> expiry);

    static CredentialRequest usernamePassword(String id, String username, String password) {
        return CredentialRequest.builder()
                .id(id)
                .type("username-password")
                .username(username)
                .password(password)
                .build();
    }

    static CredentialRequest secretText(String id, String token) {
        return CredentialRequest.builder()
                .id(id)
                .type("secret-text")
                .token(token)
                .build();
    }

    static CredentialRequest kubeconfig(String id) {
        return CredentialRequest.builder()
                .id(id)
                .type("kubeconfig")
                .kubeconfig(SampleKubeconfigs.twoContexts())
                .build();
    }
}
