package io.jenkins.plugins.workbenchcredentials.usage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceScannerTest {
    @Test
    void findsQuotedIdsInPipelines() {
        String jenkinsfile = """
                pipeline {
                  agent any
                  stages {
                    stage('Push') {
                      steps {
                        withWorkbenchCredential('dockerhub-id') { sh 'docker push app' }
                        withWorkbenchCredential(id: "prod-kube", context: 'prod') { sh 'kubectl get pods' }
                        withCredentials([string(credentialsId: 'gh_token.v2', variable: 'T')]) { sh 'true' }
                      }
                    }
                  }
                }
                """;
        assertThat(ReferenceScanner.referencedIds(jenkinsfile))
                .contains("dockerhub-id", "prod-kube", "prod", "gh_token.v2", "Push", "T")
                .doesNotContain("docker push app", "kubectl", "pipeline", "agent");
    }

    @Test
    void findsIdsAsXmlElementText() {
        String configXml = "<scm><userRemoteConfigs><credentialsId>git-ssh</credentialsId></userRemoteConfigs></scm>";
        assertThat(ReferenceScanner.referencedIds(configXml)).contains("git-ssh");
    }

    @Test
    void ignoresBareWordsAndUnterminatedQuotes() {
        assertThat(ReferenceScanner.referencedIds("build deploy-key 'unterminated"))
                .isEmpty();
        assertThat(ReferenceScanner.referencedIds("'mixed\"")).isEmpty();
        assertThat(ReferenceScanner.referencedIds("''")).isEmpty();
    }
}
