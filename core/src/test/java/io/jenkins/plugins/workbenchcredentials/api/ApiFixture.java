package io.jenkins.plugins.workbenchcredentials.api;

import io.jenkins.plugins.workbenchcredentials.expiry.ExpiryPolicy;
import io.jenkins.plugins.workbenchcredentials.history.ChangeOrigin;
import io.jenkins.plugins.workbenchcredentials.history.ChangeSource;
import io.jenkins.plugins.workbenchcredentials.service.InMemoryCredentialRepository;
import io.jenkins.plugins.workbenchcredentials.service.Permission;
import io.jenkins.plugins.workbenchcredentials.service.WorkbenchService;
import io.jenkins.plugins.workbenchcredentials.testing.TickingClock;
import io.jenkins.plugins.workbenchcredentials.usage.CombinedUsageSource;
import io.jenkins.plugins.workbenchcredentials.usage.StaticReferenceIndex;
import io.jenkins.plugins.workbenchcredentials.usage.UsageLedger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The JSON API over an in-memory service, called as a host would. */
final class ApiFixture {
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
    final WorkbenchJsonApi api = new WorkbenchJsonApi(service);

    ApiResponse get(String path) {
        return get(path, Map.of());
    }

    ApiResponse get(String path, Map<String, String> params) {
        return api.handle(new ApiRequest("GET", path, params, null, Locale.ENGLISH));
    }

    ApiResponse post(String path, String json) {
        return post(path, Map.of(), json);
    }

    ApiResponse post(String path, Map<String, String> params, String json) {
        return api.handle(new ApiRequest(
                "POST", path, params, json == null ? null : json.getBytes(StandardCharsets.UTF_8), Locale.ENGLISH));
    }
}
