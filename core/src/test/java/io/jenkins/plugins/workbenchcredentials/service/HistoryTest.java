package io.jenkins.plugins.workbenchcredentials.service;

import static io.jenkins.plugins.workbenchcredentials.service.ServiceFixture.secretText;
import static io.jenkins.plugins.workbenchcredentials.service.ServiceFixture.usernamePassword;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.workbenchcredentials.error.ErrorCode;
import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import io.jenkins.plugins.workbenchcredentials.history.ChangeKind;
import io.jenkins.plugins.workbenchcredentials.history.ChangeOrigin;
import io.jenkins.plugins.workbenchcredentials.history.ChangeSource;
import io.jenkins.plugins.workbenchcredentials.history.HistoryEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every change through the service is recorded: who, when, through what, which fields; never a value. */
class HistoryTest {
    private final ServiceFixture fixture = new ServiceFixture();
    private final WorkbenchService service = fixture.service;

    @Test
    void aCreationAnUpdateAndADeletionAreRecordedNewestFirst() {
        service.create(usernamePassword("registry", "ci-bot", "pa55word-one"));
        fixture.origin = new ChangeOrigin("bob", ChangeSource.WORKBENCH_CLI);
        service.update(
                "registry", CredentialRequest.builder().password("pa55word-two").build());
        fixture.origin = new ChangeOrigin("carol", ChangeSource.WORKBENCH);
        service.delete("registry", true);

        CredentialHistoryView history = service.history("registry");

        assertThat(history.id()).isEqualTo("registry");
        assertThat(history.exists()).isFalse();
        List<HistoryEntry> items = history.items();
        assertThat(items)
                .extracting(HistoryEntry::action)
                .containsExactly(ChangeKind.DELETED, ChangeKind.UPDATED, ChangeKind.CREATED);
        assertThat(items).extracting(HistoryEntry::actor).containsExactly("carol", "bob", "alice");
        assertThat(items)
                .extracting(HistoryEntry::source)
                .containsExactly(ChangeSource.WORKBENCH, ChangeSource.WORKBENCH_CLI, ChangeSource.WORKBENCH);
        assertThat(items.get(1).fields()).containsExactly("password");
        assertThat(items.get(2).fields()).containsExactly("scope", "username", "password");
        assertThat(items).allSatisfy(entry -> assertThat(entry.type()).isEqualTo("username-password"));
        assertThat(items.get(0).at()).isAfter(items.get(1).at());
        assertThat(items.get(1).at()).isAfter(items.get(2).at());
    }

    @Test
    void theHistoryHoldsNoValueOfAnyField() {
        service.create(usernamePassword("registry", "ci-bot-user", "pa55word-one"));
        service.update(
                "registry",
                CredentialRequest.builder()
                        .username("deploy-bot-user")
                        .password("pa55word-two")
                        .description("The registry of the release job")
                        .build());

        String everything = service.history("registry").toString();

        assertThat(everything)
                .doesNotContain("pa55word-one", "pa55word-two", "ci-bot-user", "deploy-bot-user", "release job")
                .contains("username", "password", "description");
    }

    @Test
    void anUpdateThatChangesNothingRecordsNothing() {
        service.create(secretText("gh-token", "ghp_value"));

        service.update("gh-token", CredentialRequest.builder().build());

        assertThat(service.history("gh-token").items()).hasSize(1);
    }

    @Test
    void aFailedChangeRecordsNothing() {
        service.create(secretText("gh-token", "ghp_value"));

        assertThatThrownBy(() -> service.create(secretText("gh-token", "ghp_other")))
                .isInstanceOf(WorkbenchException.class);
        assertThatThrownBy(() -> service.update(
                        "gh-token",
                        CredentialRequest.builder().type("kubeconfig").build()))
                .isInstanceOf(WorkbenchException.class);

        assertThat(service.history("gh-token").items())
                .singleElement()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo(ChangeKind.CREATED));
    }

    @Test
    void anIdThatNeverExistedIsNotFoundAndReadingNeedsView() {
        assertThatThrownBy(() -> service.history("never"))
                .isInstanceOf(WorkbenchException.class)
                .extracting(e -> ((WorkbenchException) e).code())
                .isEqualTo(ErrorCode.NOT_FOUND);

        service.create(secretText("gh-token", "ghp_value"));
        fixture.granted.remove(Permission.VIEW);
        assertThatThrownBy(() -> service.history("gh-token"))
                .isInstanceOf(WorkbenchException.class)
                .extracting(e -> ((WorkbenchException) e).code())
                .isEqualTo(ErrorCode.FORBIDDEN);
    }

    @Test
    void aRecreatedCredentialContinuesItsHistory() {
        service.create(secretText("gh-token", "ghp_value"));
        service.delete("gh-token", true);
        service.create(secretText("gh-token", "ghp_new_value"));

        CredentialHistoryView history = service.history("gh-token");

        assertThat(history.exists()).isTrue();
        assertThat(history.items())
                .extracting(HistoryEntry::action)
                .containsExactly(ChangeKind.CREATED, ChangeKind.DELETED, ChangeKind.CREATED);
    }
}
