package org.jenkinsci.remoting;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(
        from = "jenkinsci/remoting@3352.v17a_fb_4b_2773f:src/main/java/org/jenkinsci/remoting/RoleChecker.java",
        line = 17)
public abstract class RoleChecker {
    @Copied(line = 17, implicit = true)
    public RoleChecker() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
