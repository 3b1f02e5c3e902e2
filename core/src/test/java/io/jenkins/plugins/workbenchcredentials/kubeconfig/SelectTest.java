package io.jenkins.plugins.workbenchcredentials.kubeconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.workbenchcredentials.error.ErrorCode;
import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.Fixtures.Certs;
import io.jenkins.plugins.workbenchcredentials.testing.TestJwts;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SelectTest {
    private final KubeconfigAnalyzer analyzer = Fixtures.analyzer();
    private final String prodToken = TestJwts.withExpiry(Instant.parse("2030-01-01T00:00:00Z"));
    private final String multi = Fixtures.multiContext(prodToken);

    @Test
    void theChosenContextAloneIsKeptWithItsClusterAndUser() {
        String selected = analyzer.select(multi, "prod", null);

        KubeconfigAnalysis analysis = analyzer.analyse(selected);
        assertThat(analysis.errors()).isEmpty();
        assertThat(analysis.summary().currentContext()).isEqualTo("prod");
        assertThat(analysis.summary().contexts())
                .containsExactly(new ContextSummary(
                        "prod", "prod-cluster", "https://prod.k8s.example.com", "prod-deployer", "web"));
        assertThat(analyzer.sensitiveFragments(selected)).containsExactly(prodToken);
        assertThat(selected).doesNotContain(Certs.DEVELOPER.keyData(), "dev-cluster", "developer");
    }

    @Test
    void theNamespaceIsAppliedToTheChosenContext() {
        String selected = analyzer.select(multi, "dev", "payments");

        KubeconfigAnalysis analysis = analyzer.analyse(selected);
        assertThat(analysis.errors()).isEmpty();
        assertThat(analysis.summary().contexts())
                .containsExactly(new ContextSummary(
                        "dev", "dev-cluster", "https://dev.k8s.example.com:6443", "developer", "payments"));
        // the certificate survives the rewrite byte for byte
        assertThat(analysis.summary().earliestExpiry().notAfter()).isEqualTo(Certs.DEVELOPER.notAfter());
        assertThat(analyzer.sensitiveFragments(selected)).contains(Certs.DEVELOPER.keyData());
    }

    @Test
    void withOnlyANamespaceTheCurrentContextIsSelected() {
        KubeconfigAnalysis analysis = analyzer.analyse(analyzer.select(multi, null, "qa"));

        assertThat(analysis.summary().currentContext()).isEqualTo("staging");
        assertThat(analysis.summary().contexts())
                .extracting(ContextSummary::name, ContextSummary::namespace)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("staging", "qa"));
    }

    @Test
    void withNeitherTheTextIsReturnedUnchanged() {
        assertThat(analyzer.select(multi, null, null)).isSameAs(multi);
        assertThat(analyzer.select(multi, " ", "")).isSameAs(multi);
    }

    @Test
    void anUnknownContextFailsListingTheExistingOnes() {
        assertThatThrownBy(() -> analyzer.select(multi, "production", null))
                .isInstanceOfSatisfying(WorkbenchException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
                    assertThat(e.field()).isEqualTo("context");
                    assertThat(e.messageKey()).isEqualTo("kubeconfig.contextNotFound");
                    assertThat(e.args()).containsExactly("production", "dev, staging, prod");
                    assertThat(e.getMessage())
                            .isEqualTo(
                                    "Context \"production\" does not exist; the kubeconfig has: dev, staging, prod.");
                });
    }

    @Test
    void aNamespaceThatIsNotAnRfc1123LabelIsRefused() {
        for (String bad : new String[] {"Web", "web_app", "-web", "web-", "a".repeat(64), "web app"}) {
            assertThatThrownBy(() -> analyzer.select(multi, "dev", bad))
                    .as(bad)
                    .isInstanceOfSatisfying(WorkbenchException.class, e -> {
                        assertThat(e.field()).isEqualTo("namespace");
                        assertThat(e.messageKey()).isEqualTo("kubeconfig.namespaceInvalid");
                    });
        }
        assertThat(analyzer.select(multi, "dev", "a".repeat(63))).contains("namespace: " + "a".repeat(63));
    }

    @Test
    void anInvalidKubeconfigIsRefusedWithItsFirstError() {
        String broken = multi.replace("cluster: prod-cluster", "cluster: gone");

        assertThatThrownBy(() -> analyzer.select(broken, "dev", null))
                .isInstanceOfSatisfying(WorkbenchException.class, e -> {
                    assertThat(e.field()).isEqualTo("kubeconfig");
                    assertThat(e.messageKey()).isEqualTo("kubeconfig.invalid");
                    assertThat(e.getMessage()).contains("cluster \"gone\"");
                });
    }

    @Test
    void withoutCurrentContextANamespaceAloneIsNotEnough() {
        String noCurrent = multi.replace("current-context: staging\n", "");

        assertThatThrownBy(() -> analyzer.select(noCurrent, null, "web"))
                .isInstanceOfSatisfying(WorkbenchException.class, e -> {
                    assertThat(e.field()).isEqualTo("context");
                    assertThat(e.messageKey()).isEqualTo("kubeconfig.contextRequired");
                    assertThat(e.args()).containsExactly("dev, staging, prod");
                });
    }

    @Test
    void valuesThatLookLikeOtherTypesStayStrings() {
        String text = Fixtures.withUser("token: \"12345\"")
                .replace("name: ctx", "name: \"true\"")
                .replace("current-context: ctx", "current-context: \"true\"")
                .replace(
                        "{cluster: c, user: u}",
                        "{cluster: c, user: u, extensions: [{name: info, extension: {since: 2024-01-01}}]}");

        String selected = analyzer.select(text, "true", "007");

        KubeconfigAnalysis analysis = analyzer.analyse(selected);
        assertThat(analysis.errors()).isEmpty();
        assertThat(analysis.summary().currentContext()).isEqualTo("true");
        assertThat(analysis.summary().contexts().get(0).namespace()).isEqualTo("007");
        assertThat(analyzer.sensitiveFragments(selected)).containsExactly("12345");
        // kubectl reads an unquoted date as text; it is written back as the same text
        assertThat(selected).contains("since: '2024-01-01'");
    }
}
