package jenkins.model;

import hudson.model.ModelObject;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(
        from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/jenkins/model/FullyNamedModelObject.java",
        line = 16)
public interface FullyNamedModelObject extends ModelObject {}
