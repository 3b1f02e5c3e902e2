// Compile-only stand-in for jenkins.agents.ControllerToAgentFileCallable of Jenkins core, as in jenkins-2.541.3
// (jenkinsci/jenkins) (since 2.485).
package jenkins.agents;

import hudson.FilePath;
import org.jenkinsci.remoting.RoleChecker;

public interface ControllerToAgentFileCallable<T> extends FilePath.FileCallable<T> {
    @Override
    default void checkRoles(RoleChecker checker) throws SecurityException {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
