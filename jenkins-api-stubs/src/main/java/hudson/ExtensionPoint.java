package hudson;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/ExtensionPoint.java", line = 47)
@Copied.AbstractMethods({})
public interface ExtensionPoint {}
