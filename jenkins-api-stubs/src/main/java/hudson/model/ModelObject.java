package hudson.model;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/model/ModelObject.java", line = 39)
@Copied.AbstractMethods({"getDisplayName"})
public interface ModelObject {
    @Copied(line = 40)
    String getDisplayName();
}
