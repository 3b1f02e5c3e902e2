package io.jenkins.plugins.workbenchcredentials.binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigAnalyzer;
import io.jenkins.plugins.workbenchcredentials.model.Credential;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.model.CredentialPayload;
import io.jenkins.plugins.workbenchcredentials.model.CredentialScope;
import io.jenkins.plugins.workbenchcredentials.model.SecretValue;
import io.jenkins.plugins.workbenchcredentials.testing.SampleKubeconfigs;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BindingPlannerTest {
    private final BindingPlanner planner = new BindingPlanner(new KubeconfigAnalyzer());

    @Test
    void usernamePasswordBindsTwoVariablesAndMasksThePassword() {
        BindingPlan plan = planner.plan(usernamePassword(), BindingOptions.defaults());
        assertThat(plan.environment().get("USERNAME").plainText()).isEqualTo("bob");
        assertThat(plan.environment().get("PASSWORD").plainText()).isEqualTo("pw-123456");
        assertThat(plan.secrets()).containsExactly(SecretValue.of("pw-123456"));
        assertThat(plan.files()).isEmpty();
        assertThat(plan.variableNames()).containsExactly("PASSWORD", "USERNAME");
        assertThat(plan.toString()).doesNotContain("pw-123456");
    }

    @Test
    void variableNamesCanBeOverridden() {
        BindingPlan plan =
                planner.plan(usernamePassword(), new BindingOptions("DOCKER_USER", "DOCKER_PASS", null, null, null));
        assertThat(plan.environment()).containsOnlyKeys("DOCKER_USER", "DOCKER_PASS");
        BindingPlan token = planner.plan(secretText(), new BindingOptions(null, null, "GH_TOKEN", null, null));
        assertThat(token.environment()).containsOnlyKeys("GH_TOKEN");
        assertThat(planner.plan(secretText(), BindingOptions.defaults()).environment())
                .containsOnlyKeys("TOKEN");
    }

    @Test
    void badAndCollidingNamesAreRefused() {
        assertRefused(
                () -> planner.plan(secretText(), new BindingOptions(null, null, "1TOKEN", null, null)),
                "variable",
                "binding.badVariable");
        assertRefused(
                () -> planner.plan(secretText(), new BindingOptions(null, null, "GH-TOKEN", null, null)),
                "variable",
                "binding.badVariable");
        assertRefused(
                () -> planner.plan(secretText(), new BindingOptions(null, null, "", null, null)),
                "variable",
                "binding.badVariable");
        assertRefused(
                () -> planner.plan(secretText(), new BindingOptions(null, null, "T".repeat(129), null, null)),
                "variable",
                "binding.variableTooLong");
        assertRefused(
                () -> planner.plan(usernamePassword(), new BindingOptions("SAME", "SAME", null, null, null)),
                "passwordVariable",
                "binding.variableCollision");
    }

    @Test
    void optionsOfOtherTypesAreRefused() {
        assertRefused(
                () -> planner.plan(secretText(), new BindingOptions(null, null, null, "prod", null)),
                "context",
                "binding.optionNotForType");
        assertRefused(
                () -> planner.plan(usernamePassword(), new BindingOptions(null, null, "X", null, null)),
                "variable",
                "binding.optionNotForType");
        assertRefused(
                () -> planner.plan(kubeconfig(null, null), new BindingOptions("U", null, null, null, null)),
                "usernameVariable",
                "binding.optionNotForType");
    }

    @Test
    void kubeconfigIsAFileOfTheSelectedContextAndItsFragmentsAreMasked() {
        BindingPlan plan = planner.plan(kubeconfig(null, null), new BindingOptions(null, null, null, "prod", "api"));
        assertThat(plan.environment()).isEmpty();
        PlannedFile file = plan.files().get(0);
        assertThat(file.variable()).isEqualTo("KUBECONFIG");
        assertThat(file.content().plainText()).contains("prod.example.com").doesNotContain("dev.example.com");
        assertThat(plan.secrets()).contains(SecretValue.of(SampleKubeconfigs.PROD_TOKEN));
        assertThat(plan.secrets()).noneMatch(s -> s.plainText().contains("apiVersion"));
    }

    @Test
    void kubeconfigDefaultsComeFromTheCredentialThenTheFile() {
        BindingPlan withDefault = planner.plan(kubeconfig("prod", "web"), BindingOptions.defaults());
        assertThat(withDefault.files().get(0).content().plainText())
                .contains("prod.example.com")
                .doesNotContain("dev.example.com");
        BindingPlan asIs = planner.plan(kubeconfig(null, null), BindingOptions.defaults());
        assertThat(asIs.files().get(0).content().plainText()).isEqualTo(SampleKubeconfigs.twoContexts());
    }

    @Test
    void unknownContextListsTheContextsThatExist() {
        assertThatThrownBy(() ->
                        planner.plan(kubeconfig(null, null), new BindingOptions(null, null, null, "staging", null)))
                .isInstanceOfSatisfying(
                        WorkbenchException.class, e -> assertThat(e.field()).isEqualTo("context"))
                .hasMessageContaining("staging")
                .hasMessageContaining("dev")
                .hasMessageContaining("prod");
    }

    private static void assertRefused(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(WorkbenchException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    static Credential usernamePassword() {
        return credential("dockerhub-id", new CredentialPayload.UsernamePassword("bob", SecretValue.of("pw-123456")));
    }

    static Credential secretText() {
        return credential("gh-token", new CredentialPayload.SecretText(SecretValue.of("ghp_0123456789")));
    }

    static Credential kubeconfig(String defaultContext, String defaultNamespace) {
        return credential(
                "prod-kube",
                new CredentialPayload.Kubeconfig(
                        SecretValue.of(SampleKubeconfigs.twoContexts()), defaultContext, defaultNamespace));
    }

    private static Credential credential(String id, CredentialPayload payload) {
        return new Credential(
                CredentialId.of(id), "", CredentialScope.GLOBAL, payload, Instant.EPOCH, Instant.EPOCH, 1);
    }
}
