package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(
        from =
                "jenkinsci/workflow-step-api-plugin@710.v3e456cc85233:src/main/java/org/jenkinsci/plugins/workflow/steps/MissingContextVariableException.java",
        line = 18)
public class MissingContextVariableException extends Exception {

    @Copied(line = 28)
    public MissingContextVariableException(@NonNull Class<?> type, @CheckForNull StepDescriptor d) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 84)
    private static final long serialVersionUID = 1L;
}
