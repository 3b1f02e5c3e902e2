package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.io.IOException;
import java.io.Serializable;
import java.util.Set;

@Copied(
        from =
                "jenkinsci/workflow-step-api-plugin@710.v3e456cc85233:src/main/java/org/jenkinsci/plugins/workflow/steps/EnvironmentExpander.java",
        line = 47)
@Copied.AbstractMethods({"expand"})
public abstract class EnvironmentExpander implements Serializable {
    @Copied(line = 47, implicit = true)
    public EnvironmentExpander() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 53)
    public abstract void expand(@NonNull EnvVars env) throws IOException, InterruptedException;

    @Copied(line = 61)
    public @NonNull Set<String> getSensitiveVariables() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 96)
    public static EnvironmentExpander merge(
            @CheckForNull EnvironmentExpander original, @NonNull EnvironmentExpander subsequent) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
