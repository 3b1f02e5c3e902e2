// Compile-only stand-in for org.jenkinsci.plugins.workflow.steps.GeneralNonBlockingStepExecution of workflow-step-api
// 724.v538c2362b_dfb_ (jenkinsci/workflow-step-api-plugin at 0773c3c, 8 commits before the release):
// its constructor, final methods, overrides and the inner TailCall with its abstract and final methods.
package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.NonNull;

public abstract class GeneralNonBlockingStepExecution extends StepExecution {
    private static final long serialVersionUID = 1L;

    protected GeneralNonBlockingStepExecution(StepContext context) {
        super(context);
        throw new UnsupportedOperationException("compile-only stub");
    }

    @FunctionalInterface
    protected interface Block {
        void run() throws Exception;
    }

    protected final void run(Block block) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public void stop(Throwable cause) throws Exception {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public void onResume() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public @NonNull String getStatus() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public boolean blocksRestart() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    protected abstract class TailCall extends BodyExecutionCallback {
        private static final long serialVersionUID = 1L;

        protected abstract void finished(StepContext context) throws Exception;

        @Override
        public final void onSuccess(StepContext context, Object result) {
            throw new UnsupportedOperationException("compile-only stub");
        }

        @Override
        public final void onFailure(StepContext context, Throwable t) {
            throw new UnsupportedOperationException("compile-only stub");
        }
    }
}
