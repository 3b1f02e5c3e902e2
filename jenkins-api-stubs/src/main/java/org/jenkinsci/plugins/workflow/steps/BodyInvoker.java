package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.console.ConsoleLogFilter;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(
        from =
                "jenkinsci/workflow-step-api-plugin@710.v3e456cc85233:src/main/java/org/jenkinsci/plugins/workflow/steps/BodyInvoker.java",
        line = 48)
public abstract class BodyInvoker {
    @Copied(line = 48, implicit = true)
    public BodyInvoker() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 63)
    public abstract BodyInvoker withContext(Object override);

    @Copied(line = 95)
    public abstract BodyInvoker withCallback(BodyExecutionCallback callback);

    @Copied(line = 109)
    public abstract BodyExecution start();

    @Copied(line = 118)
    public static ConsoleLogFilter mergeConsoleLogFilters(
            @CheckForNull ConsoleLogFilter original, @NonNull ConsoleLogFilter subsequent) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
