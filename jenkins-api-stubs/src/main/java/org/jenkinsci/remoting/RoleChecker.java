// Compile-only stand-in for org.jenkinsci.remoting.RoleChecker of remoting 3352.v17a_fb_4b_2773f (jenkinsci/remoting),
// the version Jenkins 2.541.3 uses: the type only.
package org.jenkinsci.remoting;

public abstract class RoleChecker {}
