package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.io.Serializable;
import java.util.concurrent.TimeUnit;

@Copied(
        from =
                "jenkinsci/workflow-step-api-plugin@710.v3e456cc85233:src/main/java/org/jenkinsci/plugins/workflow/steps/StepExecution.java",
        line = 34)
@Copied.AbstractMethods({"start"})
public abstract class StepExecution implements Serializable {

    @Copied(line = 46)
    @Deprecated
    protected StepExecution() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 52)
    protected StepExecution(@NonNull StepContext context) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 56)
    public @NonNull StepContext getContext() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 83)
    public abstract boolean start() throws Exception;

    @Copied(line = 110)
    public void stop(@NonNull Throwable cause) throws Exception {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 120)
    public void onResume() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 130)
    public @CheckForNull String getStatus() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 143)
    public boolean blocksRestart() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 153)
    public final @CheckForNull String getStatusBounded(long timeout, TimeUnit unit) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 217)
    private static final long serialVersionUID = 1L;
}
