package io.jenkins.plugins.workbenchcredentials.kubeconfig;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.workbenchcredentials.kubeconfig.Fixtures.Certs;
import io.jenkins.plugins.workbenchcredentials.testing.TestCertificates;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class KubeconfigStructureTest {
    private final KubeconfigAnalyzer analyzer = Fixtures.analyzer();

    private KubeconfigProblem onlyError(String text) {
        KubeconfigAnalysis analysis = analyzer.analyse(text);
        assertThat(analysis.valid()).isFalse();
        assertThat(analysis.errors()).hasSize(1);
        return analysis.errors().get(0);
    }

    private KubeconfigProblem onlyWarning(String text) {
        KubeconfigAnalysis analysis = analyzer.analyse(text);
        assertThat(analysis.errors()).isEmpty();
        assertThat(analysis.valid()).isTrue();
        assertThat(analysis.warnings()).hasSize(1);
        return analysis.warnings().get(0);
    }

    @Test
    void clustersThatIsNotAListIsAShapeError() {
        KubeconfigAnalysis analysis = analyzer.analyse("""
                clusters: {name: c}
                users: [{name: u, user: {token: t}}]
                contexts: [{name: x, context: {cluster: c, user: u}}]
                """);

        KubeconfigProblem error = analysis.errors().get(0);
        assertThat(error.code()).isEqualTo("kubeconfig.wrongType");
        assertThat(error.path()).isEqualTo("clusters");
        assertThat(error.args()).containsExactly("clusters", "list", "mapping");
        assertThat(error.message()).isEqualTo("clusters must be a list, not a mapping.");
        // the context's cluster is then undefined too: both are reported
        assertThat(analysis.errors())
                .extracting(KubeconfigProblem::code)
                .containsExactly("kubeconfig.wrongType", "kubeconfig.unknownCluster");
    }

    @Test
    void anEntryThatIsNotAMappingIsAShapeErrorAtItsIndex() {
        KubeconfigAnalysis analysis =
                analyzer.analyse(Fixtures.kind().replace("clusters:\n", "clusters:\n- just-a-name\n"));

        assertThat(analysis.errors())
                .extracting(KubeconfigProblem::path, KubeconfigProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("clusters[0]", "kubeconfig.wrongType"));
    }

    @Test
    void entriesWithoutNameAreReportedByIndex() {
        KubeconfigAnalysis analysis =
                analyzer.analyse(Fixtures.kind().replace("  name: kind-kind\ncontexts:", "  name: \"\"\ncontexts:"));

        assertThat(analysis.errors())
                .extracting(KubeconfigProblem::code, KubeconfigProblem::path)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("kubeconfig.nameMissing", "clusters[0]"),
                        // the context now points to a cluster that is not defined
                        org.assertj.core.groups.Tuple.tuple(
                                "kubeconfig.unknownCluster", "contexts[kind-kind].context.cluster"));
    }

    @Test
    void duplicateNamesAreRefused() {
        String text = Fixtures.withUser("token: a").replace("contexts:\n", """
                contexts:
                - name: ctx
                  context: {cluster: c, user: u}
                """);

        KubeconfigProblem error = onlyError(text);

        assertThat(error.code()).isEqualTo("kubeconfig.duplicateName");
        assertThat(error.args()).containsExactly("contexts", "ctx");
    }

    @Test
    void aContextNamingAnUndefinedClusterListsTheDefinedOnes() {
        KubeconfigProblem error =
                onlyError(Fixtures.withUser("token: a").replace("{cluster: c,", "{cluster: missing,"));

        assertThat(error.code()).isEqualTo("kubeconfig.unknownCluster");
        assertThat(error.path()).isEqualTo("contexts[ctx].context.cluster");
        assertThat(error.message())
                .isEqualTo("Context \"ctx\" refers to cluster \"missing\", which is not defined; the clusters are: c.");
    }

    @Test
    void aContextNamingAnUndefinedUserIsAnError() {
        KubeconfigProblem error = onlyError(Fixtures.withUser("token: a").replace("user: u}", "user: nobody}"));

        assertThat(error.code()).isEqualTo("kubeconfig.unknownUser");
        assertThat(error.args()).containsExactly("ctx", "nobody", "u");
    }

    @Test
    void aContextWithoutClusterOrUserIsAnError() {
        KubeconfigAnalysis analysis = analyzer.analyse(
                Fixtures.withUser("token: a").replace("context: {cluster: c, user: u}", "context: {namespace: x}"));

        assertThat(analysis.errors())
                .extracting(KubeconfigProblem::code)
                .containsExactlyInAnyOrder("kubeconfig.contextWithoutCluster", "kubeconfig.contextWithoutUser");
    }

    @Test
    void anUndefinedCurrentContextIsAnErrorListingTheContexts() {
        KubeconfigProblem error =
                onlyError(Fixtures.multiContext("t").replace("current-context: staging", "current-context: qa"));

        assertThat(error.code()).isEqualTo("kubeconfig.currentContextUnknown");
        assertThat(error.path()).isEqualTo("current-context");
        assertThat(error.args()).containsExactly("qa", "dev, staging, prod");
    }

    @Test
    void noCurrentContextIsOnlyAWarningBecausePipelinesCanNameOne() {
        KubeconfigProblem warning = onlyWarning(Fixtures.multiContext("t").replace("current-context: staging\n", ""));

        assertThat(warning.code()).isEqualTo("kubeconfig.noCurrentContext");
        assertThat(warning.args()).containsExactly("dev, staging, prod");
    }

    @Test
    void aFileWithoutContextsIsAnError() {
        KubeconfigAnalysis analysis = analyzer.analyse("""
                apiVersion: v1
                kind: Config
                clusters: []
                users: []
                contexts: []
                """);

        assertThat(analysis.valid()).isFalse();
        assertThat(analysis.errors()).extracting(KubeconfigProblem::code).containsExactly("kubeconfig.noContexts");
        assertThat(analysis.summary().contexts()).isEmpty();
    }

    @Test
    void aContextWithoutItsContextSectionIsAnError() {
        KubeconfigProblem error =
                onlyError(Fixtures.withUser("token: a").replace("  context: {cluster: c, user: u}\n", ""));

        assertThat(error.code()).isEqualTo("kubeconfig.sectionMissing");
        assertThat(error.args()).containsExactly("contexts[ctx]", "context");
    }

    @Test
    void anInvalidNamespaceIsAnError() {
        KubeconfigProblem error = onlyError(Fixtures.withUser("token: a")
                .replace("{cluster: c, user: u}", "{cluster: c, user: u, namespace: Team_A}"));

        assertThat(error.code()).isEqualTo("kubeconfig.namespaceInvalid");
        assertThat(error.path()).isEqualTo("contexts[ctx].context.namespace");
    }

    @Test
    void aServerIsRequiredAndMustBeHttpOrHttps() {
        assertThat(onlyError(Fixtures.withCluster("insecure-skip-tls-verify: false"))
                        .code())
                .isEqualTo("kubeconfig.serverMissing");
        assertThat(onlyError(Fixtures.withCluster("server: ftp://c.example.com"))
                        .code())
                .isEqualTo("kubeconfig.serverInvalid");
        assertThat(onlyError(Fixtures.withCluster("server: https://bad host")).code())
                .isEqualTo("kubeconfig.serverInvalid");
    }

    @Test
    void aServerWithoutSchemeIsAcceptedAsKubectlReadsItAsHttps() {
        KubeconfigAnalysis analysis = analyzer.analyse(Fixtures.withCluster("server: 10.0.0.1:6443"));

        assertThat(analysis.valid()).isTrue();
        assertThat(analysis.warnings()).isEmpty();
        assertThat(analysis.summary().contexts().get(0).server()).isEqualTo("10.0.0.1:6443");
    }

    @Test
    void plainHttpIsWarnedAbout() {
        KubeconfigProblem warning = onlyWarning(Fixtures.withCluster("server: http://c.example.com:8080"));

        assertThat(warning.code()).isEqualTo("kubeconfig.plainHttp");
        assertThat(warning.path()).isEqualTo("clusters[c].cluster.server");
        assertThat(warning.args()).containsExactly("c", "http://c.example.com:8080");
    }

    @Test
    void userInfoInTheServerUrlIsNeverShown() {
        KubeconfigAnalysis analysis =
                analyzer.analyse(Fixtures.withCluster("server: http://admin:hunter2-password@c.example.com"));

        assertThat(analysis.summary().contexts().get(0).server()).isEqualTo("http://****@c.example.com");
        assertThat(analysis.warnings().get(0).message())
                .doesNotContain("hunter2")
                .contains("****@c.example.com");
    }

    @Test
    void skippingTlsVerificationIsAWarningAndAnErrorTogetherWithACertificateAuthority() {
        KubeconfigProblem warning = onlyWarning(Fixtures.withCluster("""
                server: https://c.example.com
                insecure-skip-tls-verify: true"""));
        assertThat(warning.code()).isEqualTo("kubeconfig.insecureSkipTlsVerify");
        assertThat(warning.path()).isEqualTo("clusters[c].cluster.insecure-skip-tls-verify");

        KubeconfigProblem error = onlyError(Fixtures.withCluster("""
                server: https://c.example.com
                insecure-skip-tls-verify: true
                certificate-authority-data: %s""".formatted(Certs.CA_DATA)));
        assertThat(error.code()).isEqualTo("kubeconfig.insecureWithCa");
    }

    @Test
    void aQuotedBooleanIsTheWrongShape() {
        KubeconfigProblem error = onlyError(Fixtures.withCluster("""
                server: https://c.example.com
                insecure-skip-tls-verify: "true\""""));

        assertThat(error.code()).isEqualTo("kubeconfig.wrongType");
        assertThat(error.args()).containsExactly("clusters[c].cluster.insecure-skip-tls-verify", "boolean", "string");
    }

    @Test
    void badBase64InCertificateAuthorityDataIsAnError() {
        KubeconfigProblem error = onlyError(Fixtures.withCluster("""
                server: https://c.example.com
                certificate-authority-data: not*base64!"""));

        assertThat(error.code()).isEqualTo("kubeconfig.badBase64");
        assertThat(error.path()).isEqualTo("clusters[c].cluster.certificate-authority-data");
    }

    @Test
    void base64WrappedOverLinesIsAccepted() {
        String wrapped = Certs.ADMIN.certificateData().replaceAll("(.{76})", "$1\n");

        KubeconfigAnalysis analysis = analyzer.analyse(
                Fixtures.withUser("""
                client-certificate-data: |
                %s
                client-key-data: %s""".formatted(wrapped.indent(2).stripTrailing(), Certs.ADMIN.keyData())));

        assertThat(analysis.errors()).isEmpty();
        assertThat(analysis.summary().earliestExpiry().notAfter()).isEqualTo(Certs.ADMIN.notAfter());
    }

    @Test
    void certificateDataThatIsNotACertificateIsAnError() {
        String notPem = Base64.getEncoder().encodeToString("hello".getBytes(StandardCharsets.UTF_8));
        String brokenPem = TestCertificates.base64("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");

        for (String data : List.of(notPem, brokenPem)) {
            KubeconfigProblem error = onlyError(Fixtures.withUser("""
                    client-certificate-data: %s
                    client-key-data: %s""".formatted(data, Certs.ADMIN.keyData())));
            assertThat(error.code()).isEqualTo("kubeconfig.badCertificate");
            assertThat(error.path()).isEqualTo("users[u].user.client-certificate-data");
        }
    }

    @Test
    void keyDataThatIsNotAPemKeyIsAnError() {
        KubeconfigProblem error = onlyError(
                Fixtures.withUser("""
                client-certificate-data: %s
                client-key-data: %s""".formatted(Certs.ADMIN.certificateData(), Certs.ADMIN.certificateData())));

        assertThat(error.code()).isEqualTo("kubeconfig.badKey");
    }

    @Test
    void aCertificateNeedsAKeyAndAKeyNeedsACertificate() {
        assertThat(onlyError(Fixtures.withUser("client-certificate-data: " + Certs.ADMIN.certificateData()))
                        .code())
                .isEqualTo("kubeconfig.certWithoutKey");
        assertThat(onlyError(Fixtures.withUser("client-key-data: " + Certs.ADMIN.keyData()))
                        .code())
                .isEqualTo("kubeconfig.keyWithoutCert");
    }

    @Test
    void dataAndFileFormsOfTheSameFieldAreRefused() {
        KubeconfigAnalysis analysis = analyzer.analyse(
                Fixtures.withUser("""
                client-certificate: /etc/kube/client.crt
                client-certificate-data: %s
                client-key-data: %s""".formatted(Certs.ADMIN.certificateData(), Certs.ADMIN.keyData())));

        assertThat(analysis.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("kubeconfig.bothDataAndFile");
            assertThat(error.args()).containsExactly("users[u].user", "client-certificate", "client-certificate-data");
        });
        assertThat(analysis.warnings()).extracting(KubeconfigProblem::code).containsExactly("kubeconfig.filePath");
    }

    @Test
    void aTokenFileIsWarnedAboutSuggestingAnEmbeddedToken() {
        KubeconfigProblem warning = onlyWarning(Fixtures.withUser("tokenFile: /var/run/secrets/token"));

        assertThat(warning.code()).isEqualTo("kubeconfig.filePath");
        assertThat(warning.args()).containsExactly("users[u].user.tokenFile", "/var/run/secrets/token", "token");
    }

    @Test
    void tokenAndBasicAuthTogetherAreRefused() {
        KubeconfigProblem error = onlyError(Fixtures.withUser("""
                token: abc
                username: admin
                password: secret"""));

        assertThat(error.code()).isEqualTo("kubeconfig.tokenAndBasic");
    }

    @Test
    void execNeedsACommandAndAnApiVersion() {
        KubeconfigAnalysis analysis = analyzer.analyse(Fixtures.withUser("""
                exec:
                  args: [get-token]"""));

        assertThat(analysis.errors())
                .extracting(KubeconfigProblem::code)
                .containsExactlyInAnyOrder("kubeconfig.execCommandMissing", "kubeconfig.execApiVersionMissing");
    }

    @Test
    void execEnvEntriesMustBeNameValueMappings() {
        KubeconfigAnalysis analysis = analyzer.analyse(Fixtures.withUser("""
                exec:
                  apiVersion: client.authentication.k8s.io/v1
                  command: kubelogin
                  env:
                  - AWS_PROFILE=prod
                  - value: x"""));

        assertThat(analysis.errors())
                .extracting(KubeconfigProblem::code, KubeconfigProblem::path)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("kubeconfig.wrongType", "users[u].user.exec.env[0]"),
                        org.assertj.core.groups.Tuple.tuple("kubeconfig.nameMissing", "users[u].user.exec.env[1]"));
    }

    @Test
    void authProviderNeedsAName() {
        KubeconfigProblem error = onlyError(Fixtures.withUser("""
                auth-provider:
                  config: {access-token: abc}"""));

        assertThat(error.code()).isEqualTo("kubeconfig.authProviderNameMissing");
    }

    @Test
    void execAndAuthProviderTogetherAreRefused() {
        KubeconfigAnalysis analysis = analyzer.analyse(Fixtures.withUser("""
                exec: {apiVersion: client.authentication.k8s.io/v1, command: gke-gcloud-auth-plugin}
                auth-provider: {name: gcp}"""));

        assertThat(analysis.errors())
                .extracting(KubeconfigProblem::code)
                .containsExactly("kubeconfig.execAndAuthProvider");
        assertThat(analysis.warnings())
                .extracting(KubeconfigProblem::code)
                .containsExactlyInAnyOrder("kubeconfig.execCommand", "kubeconfig.authProvider");
    }

    @Test
    void aUserWithoutCredentialsIsWarnedAbout() {
        KubeconfigProblem warning = onlyWarning(Fixtures.withUser("{}"));

        assertThat(warning.code()).isEqualTo("kubeconfig.userNoCredentials");
        assertThat(warning.args()).containsExactly("u");
    }

    @Test
    void aKindOtherThanConfigIsWarnedAbout() {
        KubeconfigProblem warning = onlyWarning(Fixtures.withUser("token: a").replace("kind: Config", "kind: Pod"));

        assertThat(warning.code()).isEqualTo("kubeconfig.unexpectedKind");
        assertThat(warning.args()).containsExactly("Pod");
    }

    @Test
    void aNumberWhereTextBelongsIsTheWrongShape() {
        KubeconfigProblem error = onlyError(Fixtures.withUser("token: 12345"));

        assertThat(error.code()).isEqualTo("kubeconfig.wrongType");
        assertThat(error.args()).containsExactly("users[u].user.token", "string", "number");
    }

    @Test
    void thousandsOfBrokenEntriesGiveAShortCappedList() {
        String text = "clusters:\n" + "- {server: https://x}\n".repeat(5000);

        KubeconfigAnalysis analysis = analyzer.analyse(text);

        assertThat(analysis.errors()).hasSize(Problems.MAX_PER_KIND + 1);
        assertThat(analysis.errors().get(Problems.MAX_PER_KIND).code()).isEqualTo("kubeconfig.tooManyProblems");
        assertThat(analysis.errors().get(0).code()).isEqualTo("kubeconfig.nameMissing");
    }

    @Test
    void anEmptyOrCommentOnlyTextIsAnError() {
        for (String text : List.of("", "   \n", "# just a comment\n")) {
            KubeconfigAnalysis analysis = analyzer.analyse(text);
            assertThat(analysis.valid()).isFalse();
            assertThat(analysis.errors()).extracting(KubeconfigProblem::code).containsExactly("kubeconfig.empty");
            assertThat(analysis.summary()).isNull();
        }
    }

    @Test
    void everyMessageIsTranslated() throws Exception {
        var english = new java.util.Properties();
        var chinese = new java.util.Properties();
        String base = "/io/jenkins/plugins/workbenchcredentials/messages";
        try (var en = getClass().getResourceAsStream(base + ".properties");
                var zh = new java.io.InputStreamReader(
                        getClass().getResourceAsStream(base + "_zh_CN.properties"), StandardCharsets.UTF_8)) {
            english.load(en);
            chinese.load(zh);
        }
        List<String> kubeconfigKeys = english.stringPropertyNames().stream()
                .filter(key -> key.startsWith("kubeconfig."))
                .toList();
        assertThat(kubeconfigKeys).hasSizeGreaterThan(40);
        assertThat(chinese.stringPropertyNames()).containsAll(kubeconfigKeys);
    }
}
