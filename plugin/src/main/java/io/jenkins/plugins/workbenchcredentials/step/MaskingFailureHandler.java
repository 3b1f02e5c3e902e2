package io.jenkins.plugins.workbenchcredentials.step;

import edu.umd.cs.findbugs.annotations.NonNull;
import org.jenkinsci.plugins.workflow.steps.FailureHandler;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Masks the bound secrets in the error a failing step of the block reports (for example
 * {@code error "token was $TOKEN"}): Jenkins prints that error after the block, outside its log filter.
 */
final class MaskingFailureHandler implements FailureHandler {
    private static final long serialVersionUID = 1L;

    private final SecretSet secrets;

    MaskingFailureHandler(SecretSet secrets) {
        this.secrets = secrets;
    }

    @NonNull
    @Override
    public Throwable handle(@NonNull StepContext ctx, @NonNull Throwable t) {
        return MaskedFailure.of(t, secrets.masker());
    }
}
