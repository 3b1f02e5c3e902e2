// Compile-only stand-in for org.jenkinsci.plugins.workflow.steps.Step of workflow-step-api 724.v538c2362b_dfb_
// (jenkinsci/workflow-step-api-plugin at 0773c3c, 8 commits before the release).
package org.jenkinsci.plugins.workflow.steps;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;

public abstract class Step extends AbstractDescribableImpl<Step> implements ExtensionPoint {
    public abstract StepExecution start(StepContext context) throws Exception;

    @Override
    public StepDescriptor getDescriptor() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
