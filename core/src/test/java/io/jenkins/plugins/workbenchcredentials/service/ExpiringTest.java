package io.jenkins.plugins.workbenchcredentials.service;

import static io.jenkins.plugins.workbenchcredentials.service.ServiceFixture.secretText;
import static io.jenkins.plugins.workbenchcredentials.service.ServiceFixture.usernamePassword;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.workbenchcredentials.expiry.ExpiringSummary;
import io.jenkins.plugins.workbenchcredentials.expiry.ExpiryPolicy;
import io.jenkins.plugins.workbenchcredentials.expiry.ExpiryStatus;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.UnknownExpiry;
import io.jenkins.plugins.workbenchcredentials.testing.SampleKubeconfigs;
import io.jenkins.plugins.workbenchcredentials.testing.TestJwts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expired and expiring credentials: each one's status, the list filter and the summary behind the banner. */
class ExpiringTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final ServiceFixture fixture = new ServiceFixture();
    private final WorkbenchService service = fixture.service;

    @Test
    void eachCredentialSaysWhereItStands() {
        service.create(secretText("expired", TestJwts.withExpiry(NOW.minus(Duration.ofDays(2)))));
        service.create(secretText("soon", TestJwts.withExpiry(NOW.plus(Duration.ofDays(3)))));
        service.create(secretText("later", TestJwts.withExpiry(NOW.plus(Duration.ofDays(90)))));
        service.create(secretText("opaque", "ghp_no_date_in_this_token"));
        service.create(usernamePassword("registry", "ci-bot", "pa55word"));
        service.create(kubeconfig("cluster-tokens", "dev-token-without-date"));

        assertThat(status("expired")).isEqualTo(ExpiryStatus.EXPIRED);
        assertThat(status("soon")).isEqualTo(ExpiryStatus.EXPIRING);
        assertThat(status("later")).isEqualTo(ExpiryStatus.VALID);
        assertThat(service.get("opaque").expiry()).isNull();
        assertThat(service.get("registry").expiry()).isNull();
        CredentialView.ExpiryView kube = service.get("cluster-tokens").expiry();
        assertThat(kube.status()).isEqualTo(ExpiryStatus.UNKNOWN);
        assertThat(kube.unknown()).isEqualTo(new UnknownExpiry("dev-user", UnknownExpiry.OPAQUE_TOKEN));
    }

    @Test
    void aKubeconfigWithAFarDateAndAHiddenOneIsUnknownNeverFine() {
        service.create(kubeconfig("dated", TestJwts.withExpiry(NOW.plus(Duration.ofDays(200)))));
        service.create(kubeconfig("mixed", "dev-token-without-date"));

        CredentialView.ExpiryView dated = service.get("dated").expiry();
        CredentialView.ExpiryView mixed = service.get("mixed").expiry();

        assertThat(dated.status()).isEqualTo(ExpiryStatus.VALID);
        assertThat(dated.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(200)));
        assertThat(dated.user()).isEqualTo("dev-user");
        assertThat(mixed.status()).isEqualTo(ExpiryStatus.UNKNOWN);
        assertThat(mixed.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(365)));
        assertThat(mixed.user()).isEqualTo("prod-user");
        assertThat(mixed.unknown().user()).isEqualTo("dev-user");
    }

    @Test
    void theListFiltersToExpiredAndExpiringWithinTheThreshold() {
        service.create(secretText("expired", TestJwts.withExpiry(NOW.minus(Duration.ofDays(2)))));
        service.create(secretText("soon", TestJwts.withExpiry(NOW.plus(Duration.ofDays(10)))));
        service.create(secretText("later", TestJwts.withExpiry(NOW.plus(Duration.ofDays(20)))));
        service.create(usernamePassword("registry", "ci-bot", "pa55word"));

        assertThat(ids(service.list(ListQuery.defaults().onlyExpiring()))).containsExactlyInAnyOrder("expired", "soon");
        fixture.expiry = new ExpiryPolicy(30);
        assertThat(ids(service.list(ListQuery.defaults().onlyExpiring())))
                .containsExactlyInAnyOrder("expired", "soon", "later");
        fixture.expiry = new ExpiryPolicy(1);
        assertThat(ids(service.list(ListQuery.defaults().onlyExpiring()))).containsExactly("expired");
        assertThat(service.list(ListQuery.defaults()).pagination().total()).isEqualTo(4);
    }

    @Test
    void theSummaryCountsThemAndNamesTheSoonest() {
        service.create(secretText("expired", TestJwts.withExpiry(NOW.minus(Duration.ofDays(2)))));
        service.create(secretText("soon", TestJwts.withExpiry(NOW.plus(Duration.ofDays(3)))));
        service.create(secretText("soon-too", TestJwts.withExpiry(NOW.plus(Duration.ofDays(5)))));
        service.create(secretText("later", TestJwts.withExpiry(NOW.plus(Duration.ofDays(90)))));

        ExpiringSummary summary = service.expiring();

        assertThat(summary.thresholdDays()).isEqualTo(14);
        assertThat(summary.expired()).isEqualTo(1);
        assertThat(summary.expiring()).isEqualTo(2);
        assertThat(summary.total()).isEqualTo(3);
        assertThat(summary.soonest().id()).isEqualTo("expired");
        assertThat(summary.soonest().status()).isEqualTo(ExpiryStatus.EXPIRED);
        assertThat(summary.soonest().expiresAt()).isEqualTo(NOW.minus(Duration.ofDays(2)));
    }

    @Test
    void aStoreWithNothingExpiringHasAnEmptySummary() {
        service.create(secretText("later", TestJwts.withExpiry(NOW.plus(Duration.ofDays(90)))));

        ExpiringSummary summary = service.expiring();

        assertThat(summary.total()).isZero();
        assertThat(summary.soonest()).isNull();
    }

    @Test
    void theFilterAndTheSummaryFollowChanges() {
        service.create(secretText("token", TestJwts.withExpiry(NOW.plus(Duration.ofDays(90)))));
        assertThat(service.expiring().total()).isZero();

        service.update(
                "token",
                CredentialRequest.builder()
                        .token(TestJwts.withExpiry(NOW.plus(Duration.ofDays(1))))
                        .build());

        assertThat(service.expiring().total()).isEqualTo(1);
        assertThat(ids(service.list(ListQuery.defaults().onlyExpiring()))).containsExactly("token");
    }

    private ExpiryStatus status(String id) {
        return service.get(id).expiry().status();
    }

    private static CredentialRequest kubeconfig(String id, String devToken) {
        return CredentialRequest.builder()
                .id(id)
                .type("kubeconfig")
                .kubeconfig(
                        SampleKubeconfigs.twoContexts(devToken, TestJwts.withExpiry(NOW.plus(Duration.ofDays(365)))))
                .build();
    }

    private static List<String> ids(Page<CredentialView> page) {
        return page.items().stream().map(CredentialView::id).toList();
    }
}
