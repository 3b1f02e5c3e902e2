package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.model.Descriptor;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.io.IOException;
import java.util.Set;

@Copied(
        from =
                "jenkinsci/workflow-step-api-plugin@710.v3e456cc85233:src/main/java/org/jenkinsci/plugins/workflow/steps/StepDescriptor.java",
        line = 60)
@Copied.AbstractMethods({"getRequiredContext", "getFunctionName"})
public abstract class StepDescriptor extends Descriptor<Step> {
    @Copied(line = 60, implicit = true)
    public StepDescriptor() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 69)
    public abstract Set<? extends Class<?>> getRequiredContext();

    @Copied(line = 85)
    public Set<? extends Class<?>> getProvidedContext() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 95)
    public abstract String getFunctionName();

    @Copied(line = 103)
    public boolean takesImplicitBlockArgument() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 111)
    public boolean isAdvanced() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 168)
    public boolean isMetaStep() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 176)
    public final @Nullable Class<?> getMetaStepArgumentType() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 259)
    public final void checkContextAvailability(StepContext c)
            throws MissingContextVariableException, IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
