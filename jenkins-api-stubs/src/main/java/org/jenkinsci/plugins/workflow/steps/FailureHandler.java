package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.io.Serializable;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.Beta;

@Copied(
        from =
                "jenkinsci/workflow-step-api-plugin@710.v3e456cc85233:src/main/java/org/jenkinsci/plugins/workflow/steps/FailureHandler.java",
        line = 16)
@FunctionalInterface
@Restricted(Beta.class)
@Copied.AbstractMethods({"handle"})
public interface FailureHandler extends Serializable {
    @Copied(line = 25)
    @NonNull
    Throwable handle(@NonNull StepContext ctx, @NonNull Throwable t);

    @Copied(line = 53)
    static FailureHandler merge(@CheckForNull FailureHandler original, @NonNull FailureHandler subsequent) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
