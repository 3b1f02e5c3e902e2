// Compile-only stand-in for org.jenkinsci.plugins.workflow.steps.MissingContextVariableException of workflow-step-api
// 724.v538c2362b_dfb_ (jenkinsci/workflow-step-api-plugin at 0773c3c, 8 commits before the release):
// the type and its constructor (it appears in the signature of StepDescriptor.checkContextAvailability).
package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;

public class MissingContextVariableException extends Exception {
    private static final long serialVersionUID = 1L;

    public MissingContextVariableException(@NonNull Class<?> type, @CheckForNull StepDescriptor d) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
