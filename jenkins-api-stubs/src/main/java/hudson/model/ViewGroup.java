package hudson.model;

import hudson.security.AccessControlled;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/model/ViewGroup.java", line = 44)
public interface ViewGroup extends Saveable, ModelObject, AccessControlled {}
