package jenkins.model;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(
        from =
                "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/jenkins/model/DirectlyModifiableTopLevelItemGroup.java",
        line = 36)
public interface DirectlyModifiableTopLevelItemGroup extends ModifiableTopLevelItemGroup {}
