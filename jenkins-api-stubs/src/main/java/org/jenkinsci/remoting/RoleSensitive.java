// Compile-only stand-in for org.jenkinsci.remoting.RoleSensitive of remoting 3352.v17a_fb_4b_2773f
// (jenkinsci/remoting),
// the version Jenkins 2.541.3 uses.
package org.jenkinsci.remoting;

public interface RoleSensitive {
    void checkRoles(RoleChecker checker) throws SecurityException;
}
