package jenkins.util.io;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/jenkins/util/io/OnMaster.java", line = 18)
@Copied.AbstractMethods({})
public interface OnMaster {}
