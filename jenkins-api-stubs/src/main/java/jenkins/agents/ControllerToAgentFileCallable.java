package jenkins.agents;

import hudson.FilePath;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import org.jenkinsci.remoting.RoleChecker;

@Copied(
        from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/jenkins/agents/ControllerToAgentFileCallable.java",
        line = 37)
@Copied.AbstractMethods({})
public interface ControllerToAgentFileCallable<T> extends FilePath.FileCallable<T> {
    @Copied(line = 40)
    @Override
    default void checkRoles(RoleChecker checker) throws SecurityException {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
