package org.jenkinsci.plugins.workflow.steps;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.io.Serializable;

@Copied(
        from =
                "jenkinsci/workflow-step-api-plugin@710.v3e456cc85233:src/main/java/org/jenkinsci/plugins/workflow/steps/BodyExecutionCallback.java",
        line = 16)
@Copied.AbstractMethods({"onSuccess", "onFailure"})
public abstract class BodyExecutionCallback implements Serializable {
    @Copied(line = 16, implicit = true)
    public BodyExecutionCallback() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 37)
    public void onStart(StepContext context) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 52)
    public abstract void onSuccess(StepContext context, Object result);

    @Copied(line = 61)
    public abstract void onFailure(StepContext context, Throwable t);

    @Copied(line = 96)
    private static final long serialVersionUID = 1L;
}
