package io.jenkins.plugins.workbenchcredentials.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import org.junit.jupiter.api.Test;

class CredentialTypeTest {
    @Test
    void parsesWireNames() {
        for (CredentialType type : CredentialType.values()) {
            assertThat(CredentialType.fromWireName(type.wireName())).isEqualTo(type);
        }
    }

    @Test
    void unknownTypeListsTheKnownOnes() {
        assertThatThrownBy(() -> CredentialType.fromWireName("ssh-key"))
                .isInstanceOfSatisfying(
                        WorkbenchException.class, e -> assertThat(e.field()).isEqualTo("type"))
                .hasMessageContaining("ssh-key")
                .hasMessageContaining("username-password, secret-text, kubeconfig");
        assertThatThrownBy(() -> CredentialType.fromWireName(null)).hasMessageContaining("required");
    }

    @Test
    void scopeDefaultsToGlobalAndRefusesUnknown() {
        assertThat(CredentialScope.fromWireName(null)).isEqualTo(CredentialScope.GLOBAL);
        assertThat(CredentialScope.fromWireName("system")).isEqualTo(CredentialScope.SYSTEM);
        assertThatThrownBy(() -> CredentialScope.fromWireName("USER"))
                .isInstanceOfSatisfying(
                        WorkbenchException.class, e -> assertThat(e.field()).isEqualTo("scope"));
    }

    @Test
    void namespacesFollowRfc1123Labels() {
        assertThat(KubernetesNames.isNamespace("web")).isTrue();
        assertThat(KubernetesNames.isNamespace("kube-system")).isTrue();
        assertThat(KubernetesNames.isNamespace("Web")).isFalse();
        assertThat(KubernetesNames.isNamespace("-web")).isFalse();
        assertThat(KubernetesNames.isNamespace("a".repeat(64))).isFalse();
        assertThat(KubernetesNames.isNamespace("")).isFalse();
    }
}
