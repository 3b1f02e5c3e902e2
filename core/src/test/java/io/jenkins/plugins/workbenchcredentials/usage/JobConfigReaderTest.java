package io.jenkins.plugins.workbenchcredentials.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import org.junit.jupiter.api.Test;

/** config.xml files as Jenkins writes them (XML 1.1, quotes as entities), read into what the index needs. */
class JobConfigReaderTest {
    private static final String INLINE_PIPELINE = """
            <?xml version='1.1' encoding='UTF-8'?>
            <flow-definition plugin="workflow-job@1540.v295eccc9778f">
              <description>Deploys with &apos;not-this-one&apos; and nothing else</description>
              <keepDependencies>false</keepDependencies>
              <definition class="org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition" plugin="workflow-cps@4238">
                <script>node {
              withWorkbenchCredential(&apos;prod-kube&apos;) { sh &apos;kubectl get pods&apos; }
              withWorkbenchCredential(id: &quot;gh-token&quot;, variable: &apos;GH_TOKEN&apos;) { sh &apos;gh release list&apos; }
            }</script>
                <sandbox>true</sandbox>
              </definition>
              <triggers/>
              <disabled>false</disabled>
            </flow-definition>
            """;

    private static final String SCM_PIPELINE = """
            <?xml version='1.1' encoding='UTF-8'?>
            <flow-definition plugin="workflow-job@1540.v295eccc9778f">
              <definition class="org.jenkinsci.plugins.workflow.cps.CpsScmFlowDefinition" plugin="workflow-cps@4238">
                <scm class="hudson.plugins.git.GitSCM" plugin="git@5.7.0">
                  <userRemoteConfigs>
                    <hudson.plugins.git.UserRemoteConfig>
                      <url>https://git.example.com/app.git</url>
                      <credentialsId>git-bot</credentialsId>
                    </hudson.plugins.git.UserRemoteConfig>
                  </userRemoteConfigs>
                </scm>
                <scriptPath>Jenkinsfile</scriptPath>
                <lightweight>true</lightweight>
              </definition>
            </flow-definition>
            """;

    private static final String FREESTYLE = """
            <?xml version='1.1' encoding='UTF-8'?>
            <project>
              <builders>
                <hudson.tasks.Shell><command>echo building</command></hudson.tasks.Shell>
              </builders>
              <buildWrappers>
                <org.jenkinsci.plugins.credentialsbinding.impl.SecretBuildWrapper plugin="credentials-binding@687">
                  <bindings>
                    <org.jenkinsci.plugins.credentialsbinding.impl.StringBinding>
                      <credentialsId>
                        registry-token
                      </credentialsId>
                      <variable>TOKEN</variable>
                    </org.jenkinsci.plugins.credentialsbinding.impl.StringBinding>
                  </bindings>
                </org.jenkinsci.plugins.credentialsbinding.impl.SecretBuildWrapper>
              </buildWrappers>
            </project>
            """;

    private static final String MULTIBRANCH = """
            <?xml version='1.1' encoding='UTF-8'?>
            <org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject plugin="workflow-multibranch@795">
              <sources class="jenkins.branch.MultiBranchProject$BranchSourceList" plugin="branch-api@2.1200">
                <data><jenkins.branch.BranchSource><source class="jenkins.plugins.git.GitSCMSource" plugin="git@5.7.0">
                  <remote>https://git.example.com/app.git</remote>
                  <credentialsId>git-bot</credentialsId>
                </source></jenkins.branch.BranchSource></data>
              </sources>
            </org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject>
            """;

    private static final String BRANCH = """
            <?xml version='1.1' encoding='UTF-8'?>
            <flow-definition plugin="workflow-job@1540.v295eccc9778f">
              <definition class="org.jenkinsci.plugins.workflow.multibranch.SCMBinder" plugin="workflow-multibranch@795">
                <scriptPath>Jenkinsfile</scriptPath>
              </definition>
            </flow-definition>
            """;

    @Test
    void findsTheIdsAnInlinePipelineScriptQuotesOnceTheEntitiesAreDecoded() {
        JobDefinition definition = JobConfigReader.read(INLINE_PIPELINE);

        assertThat(definition.source()).isEqualTo(JobDefinition.PIPELINE_SCRIPT);
        assertThat(definition.scriptOutsideJenkins()).isFalse();
        assertThat(ReferenceScanner.referencedIds(definition.referenceText()))
                .contains("prod-kube", "gh-token", "GH_TOKEN", "not-this-one")
                .doesNotContain("false", "true", "workflow-job@1540.v295eccc9778f");
    }

    @Test
    void credentialFieldsOfOtherJobsAreReferencesEvenWithSurroundingWhitespace() {
        JobDefinition definition = JobConfigReader.read(FREESTYLE);

        assertThat(definition.source()).isEqualTo(JobDefinition.CONFIG_XML);
        assertThat(definition.script()).isEqualTo(JobDefinition.ScriptLocation.STORED);
        assertThat(ReferenceScanner.referencedIds(definition.referenceText())).containsExactly("registry-token");
    }

    @Test
    void aJenkinsfileFromScmIsOutsideJenkinsButTheCheckoutCredentialIsSeen() {
        JobDefinition definition = JobConfigReader.read(SCM_PIPELINE);

        assertThat(definition.script()).isEqualTo(JobDefinition.ScriptLocation.SCM);
        assertThat(definition.scriptOutsideJenkins()).isTrue();
        assertThat(ReferenceScanner.referencedIds(definition.referenceText())).containsExactly("git-bot");
    }

    @Test
    void multibranchProjectsAndTheirBranchesAreToldApart() {
        JobDefinition project = JobConfigReader.read(MULTIBRANCH);
        JobDefinition branch = JobConfigReader.read(BRANCH);

        assertThat(project.script()).isEqualTo(JobDefinition.ScriptLocation.MULTIBRANCH);
        assertThat(ReferenceScanner.referencedIds(project.referenceText())).containsExactly("git-bot");
        assertThat(branch.script()).isEqualTo(JobDefinition.ScriptLocation.BRANCH);
        assertThat(branch.referenceText()).isEmpty();
    }

    @Test
    void theIndexFindsAJobByTheIdItsScriptQuotes() {
        StaticReferenceIndex index = new StaticReferenceIndex();
        JobDefinition definition = JobConfigReader.read(INLINE_PIPELINE);
        index.put(new StaticReference("deploy", "job/deploy/", definition.source()), definition.referenceText());

        assertThat(index.referencesTo(CredentialId.of("prod-kube")))
                .containsExactly(new StaticReference("deploy", "job/deploy/", JobDefinition.PIPELINE_SCRIPT));
        assertThat(index.referencesTo(CredentialId.of("kubectl"))).isEmpty();
    }

    @Test
    void refusesMalformedXmlAndDoctypes() {
        assertThatThrownBy(() -> JobConfigReader.read("<project><unclosed></project>"))
                .isInstanceOf(IllegalArgumentException.class);
        String entityBomb = """
                <?xml version="1.0"?>
                <!DOCTYPE project [<!ENTITY a "credentialsId">]>
                <project><credentialsId>&a;</credentialsId></project>
                """;
        assertThatThrownBy(() -> JobConfigReader.read(entityBomb)).isInstanceOf(IllegalArgumentException.class);
    }
}
