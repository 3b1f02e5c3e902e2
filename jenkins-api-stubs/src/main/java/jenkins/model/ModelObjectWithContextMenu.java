package jenkins.model;

import hudson.model.ModelObject;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(
        from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/jenkins/model/ModelObjectWithContextMenu.java",
        line = 59)
public interface ModelObjectWithContextMenu extends ModelObject {}
