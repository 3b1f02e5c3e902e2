package io.jenkins.plugins.workbenchcredentials.service;

import static io.jenkins.plugins.workbenchcredentials.service.ServiceFixture.kubeconfig;
import static io.jenkins.plugins.workbenchcredentials.service.ServiceFixture.secretText;
import static io.jenkins.plugins.workbenchcredentials.service.ServiceFixture.usernamePassword;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.workbenchcredentials.error.ErrorCode;
import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.model.CredentialPayload;
import io.jenkins.plugins.workbenchcredentials.model.FieldLimits;
import io.jenkins.plugins.workbenchcredentials.testing.SampleKubeconfigs;
import io.jenkins.plugins.workbenchcredentials.usage.RecordedUse;
import io.jenkins.plugins.workbenchcredentials.usage.StaticReference;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class WorkbenchServiceTest {
    private final ServiceFixture fixture = new ServiceFixture();
    private final WorkbenchService service = fixture.service;

    @Test
    void createsEachTypeAndShowsNoSecret() {
        CredentialView up = service.create(usernamePassword("dockerhub-id", "bob", "pw-123456"));
        CredentialView st = service.create(secretText("gh-token", "ghp_abcdef"));
        CredentialView kc = service.create(kubeconfig("prod-kube"));

        assertThat(up.type()).isEqualTo("username-password");
        assertThat(up.username()).isEqualTo("bob");
        assertThat(up.revision()).isEqualTo(1);
        assertThat(up.createdAt()).isEqualTo(up.updatedAt());
        assertThat(st.type()).isEqualTo("secret-text");
        assertThat(kc.type()).isEqualTo("kubeconfig");
        assertThat(kc.kubeconfig().contexts()).extracting("name").containsExactly("dev", "prod");
        assertThat(kc.kubeconfig().context()).isEqualTo("dev");
        assertThat(up + " " + st + " " + kc)
                .doesNotContain("pw-123456", "ghp_abcdef", SampleKubeconfigs.DEV_TOKEN, SampleKubeconfigs.PROD_TOKEN);
        assertThat(fixture.repository
                        .find(CredentialId.of("dockerhub-id"))
                        .orElseThrow()
                        .payload())
                .isEqualTo(new CredentialPayload.UsernamePassword(
                        "bob", io.jenkins.plugins.workbenchcredentials.model.SecretValue.of("pw-123456")));
    }

    @Test
    void duplicateIdIsRefusedAndTheFirstIsKept() {
        service.create(secretText("gh-token", "first-token"));
        assertError(
                () -> service.create(usernamePassword("gh-token", "bob", "pw")),
                ErrorCode.CONFLICT,
                "id",
                "id.duplicate");
        assertThat(fixture.repository
                        .find(CredentialId.of("gh-token"))
                        .orElseThrow()
                        .type()
                        .wireName())
                .isEqualTo("secret-text");
    }

    @Test
    void requiredFieldsArePerType() {
        assertError(
                () -> service.create(usernamePassword("a", "", "pw")),
                ErrorCode.INVALID_INPUT,
                "username",
                "field.required");
        assertError(
                () -> service.create(usernamePassword("a", "bob", "")),
                ErrorCode.INVALID_INPUT,
                "password",
                "field.required");
        assertError(() -> service.create(secretText("a", null)), ErrorCode.INVALID_INPUT, "token", "field.required");
        assertError(
                () -> service.create(
                        CredentialRequest.builder().id("a").type("kubeconfig").build()),
                ErrorCode.INVALID_INPUT,
                "kubeconfig",
                "field.required");
        assertError(
                () -> service.create(
                        CredentialRequest.builder().id("a").token("t").build()),
                ErrorCode.INVALID_INPUT,
                "type",
                "type.required");
        assertError(
                () -> service.create(CredentialRequest.builder()
                        .id("a")
                        .type("ssh")
                        .token("t")
                        .build()),
                ErrorCode.INVALID_INPUT,
                "type",
                "type.unknown");
        assertThat(fixture.repository.list()).isEmpty();
    }

    @Test
    void fieldsOfAnotherTypeAreRefused() {
        CredentialRequest request = CredentialRequest.builder()
                .id("a")
                .type("secret-text")
                .token("t0k3n")
                .username("bob")
                .build();
        assertError(() -> service.create(request), ErrorCode.INVALID_INPUT, "username", "field.notForType");
        CredentialRequest withContext = CredentialRequest.builder()
                .id("a")
                .type("secret-text")
                .token("t0k3n")
                .defaultContext("x")
                .build();
        assertError(() -> service.create(withContext), ErrorCode.INVALID_INPUT, "defaultContext", "field.notForType");
    }

    @Test
    void oversizedFieldsAreRefused() {
        assertError(
                () -> service.create(usernamePassword("a", "bob", "p".repeat(FieldLimits.PASSWORD_MAX_BYTES + 1))),
                ErrorCode.INVALID_INPUT,
                "password",
                "field.tooLarge");
        assertError(
                () -> service.create(secretText("a", "t".repeat(FieldLimits.TOKEN_MAX_BYTES + 1))),
                ErrorCode.INVALID_INPUT,
                "token",
                "field.tooLarge");
        assertError(
                () -> service.create(usernamePassword("a", "u".repeat(FieldLimits.USERNAME_MAX_CHARS + 1), "pw")),
                ErrorCode.INVALID_INPUT,
                "username",
                "field.tooLong");
        CredentialRequest longDescription = CredentialRequest.builder()
                .id("a")
                .type("secret-text")
                .token("t0k3n")
                .description("d".repeat(FieldLimits.DESCRIPTION_MAX_CHARS + 1))
                .build();
        assertError(() -> service.create(longDescription), ErrorCode.INVALID_INPUT, "description", "field.tooLong");
        CredentialRequest bigKubeconfig = CredentialRequest.builder()
                .id("a")
                .type("kubeconfig")
                .kubeconfig("#".repeat(FieldLimits.KUBECONFIG_MAX_BYTES + 1))
                .build();
        assertError(() -> service.create(bigKubeconfig), ErrorCode.INVALID_INPUT, "kubeconfig", "field.tooLarge");
    }

    @Test
    void controlCharactersAreRefusedWhereTheyBreakThings() {
        assertError(
                () -> service.create(usernamePassword("a", "bob\nroot", "pw")),
                ErrorCode.INVALID_INPUT,
                "username",
                "field.controlCharacter");
        CredentialRequest bell = CredentialRequest.builder()
                .id("a")
                .type("secret-text")
                .token("t0k3n")
                .description("a\u0007b")
                .build();
        assertError(() -> service.create(bell), ErrorCode.INVALID_INPUT, "description", "field.controlCharacter");
        CredentialRequest multiLine = CredentialRequest.builder()
                .id("b")
                .type("secret-text")
                .token("t0k3n")
                .description("line 1\nline 2")
                .build();
        assertThat(service.create(multiLine).description()).isEqualTo("line 1\nline 2");
    }

    @Test
    void invalidKubeconfigIsRefusedWithItsProblems() {
        CredentialRequest request = CredentialRequest.builder()
                .id("k")
                .type("kubeconfig")
                .kubeconfig("not: [a kubeconfig")
                .build();
        assertThatThrownBy(() -> service.create(request))
                .isInstanceOfSatisfying(InvalidKubeconfigException.class, e -> {
                    assertThat(e.field()).isEqualTo("kubeconfig");
                    assertThat(e.problems()).isNotEmpty();
                });
        assertThat(fixture.repository.list()).isEmpty();
    }

    @Test
    void defaultContextMustExistAndNamespaceMustBeALabel() {
        CredentialRequest missing = CredentialRequest.builder()
                .id("k")
                .type("kubeconfig")
                .kubeconfig(SampleKubeconfigs.twoContexts())
                .defaultContext("staging")
                .build();
        assertThatThrownBy(() -> service.create(missing))
                .isInstanceOfSatisfying(
                        WorkbenchException.class, e -> assertThat(e.field()).isEqualTo("defaultContext"))
                .hasMessageContaining("staging")
                .hasMessageContaining("dev, prod");
        CredentialRequest badNamespace = CredentialRequest.builder()
                .id("k")
                .type("kubeconfig")
                .kubeconfig(SampleKubeconfigs.twoContexts())
                .defaultNamespace("Web_App")
                .build();
        assertError(
                () -> service.create(badNamespace),
                ErrorCode.INVALID_INPUT,
                "defaultNamespace",
                "kubeconfig.namespaceInvalid");

        CredentialRequest good = CredentialRequest.builder()
                .id("k")
                .type("kubeconfig")
                .kubeconfig(SampleKubeconfigs.twoContexts())
                .defaultContext("prod")
                .defaultNamespace("api")
                .build();
        CredentialView view = service.create(good);
        assertThat(view.kubeconfig().context()).isEqualTo("prod");
        assertThat(view.kubeconfig().server()).isEqualTo("https://prod.example.com:6443");
        assertThat(view.kubeconfig().namespace()).isEqualTo("api");
    }

    @Test
    void idAndTypeCannotChange() {
        service.create(secretText("gh-token", "first-token"));
        assertError(
                () -> service.update(
                        "gh-token", CredentialRequest.builder().id("other").build()),
                ErrorCode.INVALID_INPUT,
                "id",
                "id.immutable");
        assertError(
                () -> service.update(
                        "gh-token",
                        CredentialRequest.builder().type("kubeconfig").build()),
                ErrorCode.INVALID_INPUT,
                "type",
                "type.immutable");
        assertThat(service.get("gh-token").revision()).isEqualTo(1);
    }

    @Test
    void blankSecretKeepsTheStoredOneAndOtherFieldsChange() {
        service.create(usernamePassword("dockerhub-id", "bob", "old-password"));
        CredentialView updated = service.update(
                "dockerhub-id",
                CredentialRequest.builder()
                        .username("alice")
                        .password("")
                        .description("registry")
                        .build());
        assertThat(updated.username()).isEqualTo("alice");
        assertThat(updated.description()).isEqualTo("registry");
        assertThat(updated.revision()).isEqualTo(2);
        assertThat(updated.updatedAt()).isAfter(updated.createdAt());
        assertThat(password("dockerhub-id")).isEqualTo("old-password");

        service.update(
                "dockerhub-id",
                CredentialRequest.builder().password("new-password").build());
        assertThat(password("dockerhub-id")).isEqualTo("new-password");
        assertThat(service.get("dockerhub-id").username()).isEqualTo("alice");
    }

    @Test
    void blankKubeconfigKeepsTheStoredOneButItsContextIsChecked() {
        service.create(kubeconfig("prod-kube"));
        CredentialView updated = service.update(
                "prod-kube",
                CredentialRequest.builder()
                        .kubeconfig(" ")
                        .defaultContext("prod")
                        .build());
        assertThat(updated.kubeconfig().defaultContext()).isEqualTo("prod");
        assertError(
                () -> service.update(
                        "prod-kube",
                        CredentialRequest.builder().defaultContext("nope").build()),
                ErrorCode.INVALID_INPUT,
                "defaultContext",
                "kubeconfig.contextNotFound");
        CredentialView cleared = service.update(
                "prod-kube", CredentialRequest.builder().defaultContext("").build());
        assertThat(cleared.kubeconfig().defaultContext()).isNull();
    }

    @Test
    void staleRevisionIsRefused() {
        service.create(secretText("gh-token", "first-token"));
        service.update(
                "gh-token",
                CredentialRequest.builder().description("one").revision(1L).build());
        assertError(
                () -> service.update(
                        "gh-token",
                        CredentialRequest.builder()
                                .description("two")
                                .revision(1L)
                                .build()),
                ErrorCode.CONFLICT,
                "revision",
                "revision.stale");
        assertThat(service.get("gh-token").description()).isEqualTo("one");
    }

    @Test
    void unknownIdsAreNotFound() {
        assertError(() -> service.get("missing"), ErrorCode.NOT_FOUND, "id", "credential.notFound");
        assertError(
                () -> service.update("missing", CredentialRequest.builder().build()),
                ErrorCode.NOT_FOUND,
                "id",
                "credential.notFound");
        assertError(() -> service.delete("missing", true), ErrorCode.NOT_FOUND, "id", "credential.notFound");
        assertError(() -> service.whereUsed("missing"), ErrorCode.NOT_FOUND, "id", "credential.notFound");
        assertError(() -> service.get("bad id"), ErrorCode.INVALID_INPUT, "id", "id.badCharacter");
    }

    @Test
    void deleteOfAnUnusedCredentialSucceeds() {
        service.create(secretText("gh-token", "first-token"));
        assertThat(service.delete("gh-token", false).isUsed()).isFalse();
        assertThat(fixture.repository.list()).isEmpty();
    }

    @Test
    void deleteOfAUsedCredentialIsRefusedWithItsDependentsUnlessForced() {
        service.create(secretText("gh-token", "first-token"));
        fixture.references.put(
                new StaticReference("release-pipeline", "job/release-pipeline/", "Pipeline script"),
                "withWorkbenchCredential('gh-token') { sh 'gh release list' }");
        fixture.ledger.record(
                CredentialId.of("gh-token"),
                new RecordedUse(
                        "nightly",
                        "job/nightly/",
                        "#7",
                        "job/nightly/7/",
                        Instant.parse("2026-02-01T00:00:00Z"),
                        "alice"));

        assertThatThrownBy(() -> service.delete("gh-token", false))
                .isInstanceOfSatisfying(CredentialInUseException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.IN_USE);
                    assertThat(e.whereUsed().dependents()).containsExactly("release-pipeline", "nightly");
                })
                .hasMessageContaining("release-pipeline, nightly");
        assertThat(fixture.repository.list()).hasSize(1);

        assertThat(service.delete("gh-token", true).dependents()).containsExactly("release-pipeline", "nightly");
        assertThat(fixture.repository.list()).isEmpty();
    }

    @Test
    void viewsShowLastUseAndDependentCount() {
        service.create(secretText("gh-token", "first-token"));
        Instant when = Instant.parse("2026-03-01T10:00:00Z");
        fixture.ledger.record(CredentialId.of("gh-token"), new RecordedUse("nightly", null, "#8", null, when, null));
        CredentialView view = service.get("gh-token");
        assertThat(view.lastUsed().at()).isEqualTo(when);
        assertThat(view.usedBy()).isEqualTo(1);
    }

    @Test
    void everyOperationChecksItsPermission() {
        service.create(secretText("gh-token", "first-token"));
        fixture.granted.clear();
        assertForbidden(() -> service.list(ListQuery.defaults()), "VIEW");
        assertForbidden(() -> service.get("gh-token"), "VIEW");
        assertForbidden(() -> service.whereUsed("gh-token"), "VIEW");
        assertForbidden(() -> service.create(secretText("b", "token-b")), "CREATE");
        assertForbidden(
                () -> service.update(
                        "gh-token", CredentialRequest.builder().description("x").build()),
                "UPDATE");
        assertForbidden(() -> service.delete("gh-token", true), "DELETE");
        assertForbidden(() -> service.validateKubeconfig(SampleKubeconfigs.twoContexts()), "UPDATE");
        assertThat(fixture.repository.list()).hasSize(1);

        fixture.granted.add(Permission.VIEW);
        assertThat(service.get("gh-token").id()).isEqualTo("gh-token");
        assertForbidden(() -> service.delete("gh-token", true), "DELETE");
    }

    @Test
    void validateKubeconfigNeedsCreateOrUpdateAndBoundsTheInput() {
        fixture.granted.remove(Permission.CREATE);
        assertThat(service.validateKubeconfig(SampleKubeconfigs.twoContexts()).valid())
                .isTrue();
        assertError(() -> service.validateKubeconfig(""), ErrorCode.INVALID_INPUT, "kubeconfig", "field.required");
        assertError(
                () -> service.validateKubeconfig("#".repeat(FieldLimits.KUBECONFIG_MAX_BYTES + 1)),
                ErrorCode.INVALID_INPUT,
                "kubeconfig",
                "field.tooLarge");
    }

    private String password(String id) {
        return ((CredentialPayload.UsernamePassword) fixture.repository
                        .find(CredentialId.of(id))
                        .orElseThrow()
                        .payload())
                .password()
                .plainText();
    }

    private static void assertForbidden(ThrowingCallable call, String permission) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        WorkbenchException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN))
                .hasMessageContaining(permission);
    }

    static void assertError(ThrowingCallable call, ErrorCode code, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(WorkbenchException.class, e -> {
            assertThat(e.code()).as("code").isEqualTo(code);
            assertThat(e.field()).as("field").isEqualTo(field);
            assertThat(e.messageKey()).as("message key").isEqualTo(key);
            assertThat(e.getMessage()).as("message").isNotEqualTo(key);
        });
    }
}
