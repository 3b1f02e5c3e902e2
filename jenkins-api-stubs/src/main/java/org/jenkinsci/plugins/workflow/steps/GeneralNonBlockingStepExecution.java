package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(
        from =
                "jenkinsci/workflow-step-api-plugin@710.v3e456cc85233:src/main/java/org/jenkinsci/plugins/workflow/steps/GeneralNonBlockingStepExecution.java",
        line = 40)
@Copied.AbstractMethods({})
public abstract class GeneralNonBlockingStepExecution extends StepExecution {
    @Copied(line = 42)
    private static final long serialVersionUID = 1L;

    @Copied(line = 48)
    protected GeneralNonBlockingStepExecution(StepContext context) {
        super(context);
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 58)
    @FunctionalInterface
    @Copied.AbstractMethods({"run"})
    protected interface Block {
        @Copied(line = 59)
        void run() throws Exception;
    }

    @Copied(line = 68)
    protected final void run(Block block) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 96)
    @Override
    public void stop(Throwable cause) throws Exception {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 105)
    @Override
    public void onResume() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 112)
    @Override
    public @NonNull String getStatus() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 120)
    @Override
    public boolean blocksRestart() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 127)
    @Copied.AbstractMethods({"finished"})
    protected abstract class TailCall extends BodyExecutionCallback {
        @Copied(line = 127, implicit = true)
        protected TailCall() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        @Copied(line = 129)
        private static final long serialVersionUID = 1L;

        @Copied(line = 136)
        protected abstract void finished(StepContext context) throws Exception;

        @Copied(line = 138)
        @Override
        public final void onSuccess(StepContext context, Object result) {
            throw new UnsupportedOperationException("compile-only stub");
        }

        @Copied(line = 154)
        @Override
        public final void onFailure(StepContext context, Throwable t) {
            throw new UnsupportedOperationException("compile-only stub");
        }
    }
}
