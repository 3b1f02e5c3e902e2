// Compile-only stand-in for org.jenkinsci.plugins.workflow.steps.StepExecution of workflow-step-api 724.v538c2362b_dfb_
// (jenkinsci/workflow-step-api-plugin at 0773c3c, 8 commits before the release):
// its constructors, abstract and final methods, and the methods subclasses override.
package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;
import java.util.concurrent.TimeUnit;

public abstract class StepExecution implements Serializable {
    private static final long serialVersionUID = 1L;

    @Deprecated
    protected StepExecution() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    protected StepExecution(@NonNull StepContext context) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public @NonNull StepContext getContext() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public abstract boolean start() throws Exception;

    public void stop(@NonNull Throwable cause) throws Exception {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public void onResume() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public @CheckForNull String getStatus() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public boolean blocksRestart() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public final @CheckForNull String getStatusBounded(long timeout, TimeUnit unit) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
