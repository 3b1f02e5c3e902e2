// Compile-only stand-in for org.jenkinsci.plugins.workflow.steps.StepDescriptor of workflow-step-api
// 724.v538c2362b_dfb_ (jenkinsci/workflow-step-api-plugin at 0773c3c, 8 commits before the release):
// its abstract and final methods and those the plugin overrides.
package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.model.Descriptor;
import java.io.IOException;
import java.util.Set;

public abstract class StepDescriptor extends Descriptor<Step> {
    public abstract Set<? extends Class<?>> getRequiredContext();

    public Set<? extends Class<?>> getProvidedContext() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public abstract String getFunctionName();

    public boolean takesImplicitBlockArgument() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public boolean isAdvanced() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public boolean isMetaStep() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public final @Nullable Class<?> getMetaStepArgumentType() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public final void checkContextAvailability(StepContext c)
            throws MissingContextVariableException, IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
