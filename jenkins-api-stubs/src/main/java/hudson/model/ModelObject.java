// Compile-only stand-in for hudson.model.ModelObject of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins).
package hudson.model;

public interface ModelObject {
    String getDisplayName();
}
