package io.jenkins.plugins.workbenchcredentials.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.workbenchcredentials.model.Credential;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.model.CredentialPayload;
import io.jenkins.plugins.workbenchcredentials.model.CredentialScope;
import io.jenkins.plugins.workbenchcredentials.model.SecretValue;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FieldChangesTest {
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void aCreationNamesTheFieldsItSets() {
        Credential up = credential("", new CredentialPayload.UsernamePassword("ci-bot", SecretValue.of("pa55word")));
        Credential kube = credential(
                "prod cluster", new CredentialPayload.Kubeconfig(SecretValue.of("apiVersion: v1"), "prod", null));

        assertThat(FieldChanges.set(up)).containsExactly("scope", "username", "password");
        assertThat(FieldChanges.set(kube)).containsExactly("description", "scope", "kubeconfig", "defaultContext");
    }

    @Test
    void anUpdateNamesWhatDiffersAndASecretOnlyByName() {
        Credential before = credential("old", new CredentialPayload.UsernamePassword("ci-bot", SecretValue.of("one")));
        Credential passwordOnly = before.changed(
                "old",
                CredentialScope.GLOBAL,
                new CredentialPayload.UsernamePassword("ci-bot", SecretValue.of("two")),
                T0);
        Credential descriptionAndUser = before.changed(
                "new",
                CredentialScope.GLOBAL,
                new CredentialPayload.UsernamePassword("deployer", SecretValue.of("one")),
                T0);

        assertThat(FieldChanges.between(before, passwordOnly)).containsExactly("password");
        assertThat(FieldChanges.between(before, descriptionAndUser)).containsExactly("description", "username");
        assertThat(FieldChanges.between(before, before)).isEmpty();
        assertThat(FieldChanges.update(before, before, note())).isNull();
    }

    @Test
    void aKubeconfigsContextAndNamespaceAreFieldsOfTheirOwn() {
        Credential before = credential("", new CredentialPayload.Kubeconfig(SecretValue.of("a"), null, null));
        Credential after = before.changed(
                "", CredentialScope.GLOBAL, new CredentialPayload.Kubeconfig(SecretValue.of("a"), "prod", "web"), T0);

        assertThat(FieldChanges.between(before, after)).containsExactly("defaultContext", "defaultNamespace");
    }

    @Test
    void aChangeOfTypeByAnotherToolNamesTheType() {
        Credential before = credential("", new CredentialPayload.SecretText(SecretValue.of("tok")));
        Credential after = before.changed(
                "", CredentialScope.GLOBAL, new CredentialPayload.UsernamePassword("u", SecretValue.of("p")), T0);

        assertThat(FieldChanges.between(before, after)).containsExactly("type", "scope", "username", "password");
    }

    @Test
    void entriesCarryTheOriginTimeAndType() {
        Credential created = credential("", new CredentialPayload.SecretText(SecretValue.of("ghp_x")));

        HistoryEntry creation = FieldChanges.creation(created, note());
        HistoryEntry deletion = FieldChanges.deletion(created, note());

        assertThat(creation.action()).isEqualTo(ChangeKind.CREATED);
        assertThat(creation.actor()).isEqualTo("alice");
        assertThat(creation.source()).isEqualTo(ChangeSource.WORKBENCH_CLI);
        assertThat(creation.type()).isEqualTo("secret-text");
        assertThat(creation.at()).isEqualTo(T0);
        assertThat(creation.fields()).containsExactly("scope", "token");
        assertThat(deletion.action()).isEqualTo(ChangeKind.DELETED);
        assertThat(deletion.fields()).isEmpty();
    }

    private static ChangeNote note() {
        return new ChangeNote(new ChangeOrigin("alice", ChangeSource.WORKBENCH_CLI), T0);
    }

    private static Credential credential(String description, CredentialPayload payload) {
        return new Credential(CredentialId.of("c"), description, CredentialScope.GLOBAL, payload, T0, T0, 1);
    }
}
