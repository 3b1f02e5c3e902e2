package org.jenkins.ui.icon;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/org/jenkins/ui/icon/IconSpec.java", line = 35)
@Copied.AbstractMethods({"getIconClassName"})
public interface IconSpec {
    @Copied(line = 44)
    String getIconClassName();
}
