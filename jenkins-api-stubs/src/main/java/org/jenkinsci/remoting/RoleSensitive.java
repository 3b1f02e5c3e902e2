package org.jenkinsci.remoting;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(
        from = "jenkinsci/remoting@3352.v17a_fb_4b_2773f:src/main/java/org/jenkinsci/remoting/RoleSensitive.java",
        line = 18)
@Copied.AbstractMethods({"checkRoles"})
public interface RoleSensitive {
    @Copied(line = 40)
    void checkRoles(RoleChecker checker) throws SecurityException;
}
