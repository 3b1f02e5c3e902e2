// Compile-only stand-in for org.jenkinsci.plugins.workflow.steps.FailureHandler of workflow-step-api
// 724.v538c2362b_dfb_ (jenkinsci/workflow-step-api-plugin at 0773c3c, 8 commits before the release):
// its abstract method and merge. It is @Restricted(Beta.class): the plugin POM sets useBeta.
package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.Beta;

@FunctionalInterface
@Restricted(Beta.class)
public interface FailureHandler extends Serializable {
    @NonNull
    Throwable handle(@NonNull StepContext ctx, @NonNull Throwable t);

    static FailureHandler merge(@CheckForNull FailureHandler original, @NonNull FailureHandler subsequent) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
