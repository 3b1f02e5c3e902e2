package io.jenkins.plugins.workbenchcredentials.service;

import static io.jenkins.plugins.workbenchcredentials.service.ServiceFixture.secretText;
import static io.jenkins.plugins.workbenchcredentials.service.ServiceFixture.usernamePassword;
import static io.jenkins.plugins.workbenchcredentials.service.WorkbenchServiceTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.workbenchcredentials.error.ErrorCode;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.model.CredentialType;
import io.jenkins.plugins.workbenchcredentials.usage.RecordedUse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ListingTest {
    private final ServiceFixture fixture = new ServiceFixture();
    private final WorkbenchService service = fixture.service;

    @BeforeEach
    void createSome() {
        service.create(usernamePassword("dockerhub-id", "bob", "pw-1"));
        service.create(secretText("gh-token", "tok-1"));
        service.create(ServiceFixture.kubeconfig("prod-kube"));
        service.create(CredentialRequest.builder()
                .id("nexus")
                .type("username-password")
                .username("ci")
                .password("pw-2")
                .description("Nexus release REPOSITORY")
                .build());
        service.create(CredentialRequest.builder()
                .id("slack")
                .type("secret-text")
                .token("tok-2")
                .description("Slack webhook for releases")
                .build());
    }

    @Test
    void newestFirstByDefault() {
        assertThat(ids(service.list(ListQuery.defaults())))
                .containsExactly("slack", "nexus", "prod-kube", "gh-token", "dockerhub-id");
    }

    @Test
    void aNewCredentialAppearsAtTheTop() {
        service.create(secretText("aaa-first-alphabetically", "tok-3"));
        assertThat(ids(service.list(ListQuery.defaults())).get(0)).isEqualTo("aaa-first-alphabetically");
    }

    @Test
    void searchMatchesIdAndDescriptionIgnoringCaseAndNeedsEveryWord() {
        assertThat(ids(list(Map.of("query", "release")))).containsExactly("slack", "nexus");
        assertThat(ids(list(Map.of("query", "RELEASE repository")))).containsExactly("nexus");
        assertThat(ids(list(Map.of("query", "KUBE")))).containsExactly("prod-kube");
        assertThat(ids(list(Map.of("query", "nothing-like-this")))).isEmpty();
    }

    @Test
    void listFollowsEveryChange() {
        assertThat(ids(list(Map.of("query", "webhook")))).containsExactly("slack");
        service.update(
                "slack",
                CredentialRequest.builder().description("Chat notifications").build());
        assertThat(ids(list(Map.of("query", "webhook")))).isEmpty();
        service.delete("nexus", false);
        assertThat(ids(service.list(ListQuery.defaults())))
                .doesNotContain("nexus")
                .hasSize(4);
    }

    @Test
    void termsDoNotMatchAcrossIdAndDescriptionOrNeighbours() {
        // "kube" ends one ID; "nexus" starts the next description: no term spans them.
        assertThat(ids(list(Map.of("query", "kubenexus")))).isEmpty();
        assertThat(ids(list(Map.of("query", "slackslack")))).isEmpty();
    }

    @Test
    void filtersByType() {
        assertThat(ids(list(Map.of("type", "secret-text")))).containsExactly("slack", "gh-token");
        assertThat(service.list(new ListQuery("", CredentialType.KUBECONFIG, null, false, 1, 20))
                        .items())
                .extracting(CredentialView::id)
                .containsExactly("prod-kube");
    }

    @Test
    void sortsByEachColumnBothWays() {
        assertThat(ids(list(Map.of("sortBy", "id"))))
                .containsExactly("dockerhub-id", "gh-token", "nexus", "prod-kube", "slack");
        assertThat(ids(list(Map.of("sortBy", "id", "sortDir", "desc"))))
                .containsExactly("slack", "prod-kube", "nexus", "gh-token", "dockerhub-id");
        assertThat(ids(list(Map.of("sortBy", "type"))))
                .containsExactly("dockerhub-id", "nexus", "gh-token", "slack", "prod-kube");
        assertThat(ids(list(Map.of("sortBy", "created", "sortDir", "asc"))))
                .containsExactly("dockerhub-id", "gh-token", "prod-kube", "nexus", "slack");

        service.update(
                "gh-token", CredentialRequest.builder().description("touched").build());
        assertThat(ids(list(Map.of("sortBy", "updated"))).get(0)).isEqualTo("gh-token");

        fixture.ledger.record(CredentialId.of("nexus"), use("a", "2026-05-01T00:00:00Z"));
        fixture.ledger.record(CredentialId.of("dockerhub-id"), use("b", "2026-06-01T00:00:00Z"));
        assertThat(ids(list(Map.of("sortBy", "lastUsed"))).subList(0, 2)).containsExactly("dockerhub-id", "nexus");
        assertThat(ids(list(Map.of("sortBy", "lastUsed", "sortDir", "asc"))).subList(3, 5))
                .containsExactly("nexus", "dockerhub-id");
    }

    @Test
    void pagesAndCountsPages() {
        Page<CredentialView> first = list(Map.of("pageSize", "2"));
        assertThat(ids(first)).containsExactly("slack", "nexus");
        assertThat(first.pagination()).isEqualTo(new Page.Pagination(1, 2, 5, 3));
        assertThat(ids(list(Map.of("pageSize", "2", "page", "3")))).containsExactly("dockerhub-id");
        Page<CredentialView> beyond = list(Map.of("pageSize", "2", "page", "9"));
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.pagination().total()).isEqualTo(5);
    }

    @Test
    void emptyListIsPageOneOfOne() {
        Page<CredentialView> none = list(Map.of("query", "zzz"));
        assertThat(none.pagination()).isEqualTo(new Page.Pagination(1, 20, 0, 1));
    }

    @Test
    void badParametersAreNamed() {
        assertError(() -> list(Map.of("page", "0")), ErrorCode.INVALID_INPUT, "page", "list.badPage");
        assertError(() -> list(Map.of("page", "two")), ErrorCode.INVALID_INPUT, "page", "list.notANumber");
        assertError(() -> list(Map.of("pageSize", "1000")), ErrorCode.INVALID_INPUT, "pageSize", "list.badPageSize");
        assertError(() -> list(Map.of("sortBy", "password")), ErrorCode.INVALID_INPUT, "sortBy", "list.badSort");
        assertError(() -> list(Map.of("sortDir", "up")), ErrorCode.INVALID_INPUT, "sortDir", "list.badSortDir");
        assertError(() -> list(Map.of("type", "ssh")), ErrorCode.INVALID_INPUT, "type", "type.unknown");
        assertError(() -> list(Map.of("serach", "x")), ErrorCode.INVALID_INPUT, "serach", "list.unknownParameter");
        assertError(
                () -> list(Map.of("query", "q".repeat(201))), ErrorCode.INVALID_INPUT, "query", "list.queryTooLong");
    }

    private Page<CredentialView> list(Map<String, String> params) {
        return service.list(ListQuery.fromParameters(params));
    }

    private static List<String> ids(Page<CredentialView> page) {
        return page.items().stream().map(CredentialView::id).toList();
    }

    private static RecordedUse use(String consumer, String at) {
        return new RecordedUse(consumer, null, "#1", null, Instant.parse(at), null);
    }
}
