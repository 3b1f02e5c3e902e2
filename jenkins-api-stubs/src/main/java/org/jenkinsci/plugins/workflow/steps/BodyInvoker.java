// Compile-only stand-in for org.jenkinsci.plugins.workflow.steps.BodyInvoker of workflow-step-api 724.v538c2362b_dfb_
// (jenkinsci/workflow-step-api-plugin at 0773c3c, 8 commits before the release):
// the members the plugin calls.
package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.console.ConsoleLogFilter;

public abstract class BodyInvoker {
    public abstract BodyInvoker withContext(Object override);

    public abstract BodyInvoker withCallback(BodyExecutionCallback callback);

    public abstract BodyExecution start();

    public static ConsoleLogFilter mergeConsoleLogFilters(
            @CheckForNull ConsoleLogFilter original, @NonNull ConsoleLogFilter subsequent) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
