package jenkins.model;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/jenkins/model/Named.java", line = 11)
public interface Named {}
