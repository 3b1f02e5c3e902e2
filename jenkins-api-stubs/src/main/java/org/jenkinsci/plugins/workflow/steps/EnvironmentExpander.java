// Compile-only stand-in for org.jenkinsci.plugins.workflow.steps.EnvironmentExpander of workflow-step-api
// 724.v538c2362b_dfb_ (jenkinsci/workflow-step-api-plugin at 0773c3c, 8 commits before the release):
// its abstract method, the method the plugin overrides, and merge.
package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import java.io.IOException;
import java.io.Serializable;
import java.util.Set;

public abstract class EnvironmentExpander implements Serializable {
    private static final long serialVersionUID = 1L;

    public abstract void expand(@NonNull EnvVars env) throws IOException, InterruptedException;

    public @NonNull Set<String> getSensitiveVariables() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static EnvironmentExpander merge(
            @CheckForNull EnvironmentExpander original, @NonNull EnvironmentExpander subsequent) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
