package org.jenkinsci.plugins.workflow.steps;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(
        from =
                "jenkinsci/workflow-step-api-plugin@710.v3e456cc85233:src/main/java/org/jenkinsci/plugins/workflow/steps/Step.java",
        line = 47)
@Copied.AbstractMethods({"start"})
public abstract class Step extends AbstractDescribableImpl<Step> implements ExtensionPoint {
    @Copied(line = 47, implicit = true)
    public Step() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 66)
    public abstract StepExecution start(StepContext context) throws Exception;

    @Copied(line = 68)
    @Override
    public StepDescriptor getDescriptor() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
