// Compile-only stand-in for org.jenkins.ui.icon.IconSpec of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins).
package org.jenkins.ui.icon;

public interface IconSpec {
    String getIconClassName();
}
