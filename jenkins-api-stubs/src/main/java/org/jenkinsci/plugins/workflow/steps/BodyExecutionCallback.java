// Compile-only stand-in for org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback of workflow-step-api
// 724.v538c2362b_dfb_ (jenkinsci/workflow-step-api-plugin at 0773c3c, 8 commits before the release):
// its abstract methods and onStart.
package org.jenkinsci.plugins.workflow.steps;

import java.io.Serializable;

public abstract class BodyExecutionCallback implements Serializable {
    private static final long serialVersionUID = 1L;

    public void onStart(StepContext context) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public abstract void onSuccess(StepContext context, Object result);

    public abstract void onFailure(StepContext context, Throwable t);
}
