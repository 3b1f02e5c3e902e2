package jenkins.widgets;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/jenkins/widgets/HasWidgets.java", line = 43)
public interface HasWidgets {}
