package hudson.model;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/model/ModifiableViewGroup.java", line = 36)
public interface ModifiableViewGroup extends ViewGroup {}
