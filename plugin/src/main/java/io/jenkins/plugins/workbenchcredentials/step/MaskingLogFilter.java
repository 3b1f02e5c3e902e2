package io.jenkins.plugins.workbenchcredentials.step;

import hudson.console.ConsoleLogFilter;
import hudson.model.Run;
import java.io.OutputStream;
import java.io.Serializable;

/**
 * The block's console log filter: the core's streaming masker over every bound secret and the forms it
 * leaks in. Serializable, because Pipeline keeps it with the block and may send it to the agent that
 * writes the log of a shell step.
 */
final class MaskingLogFilter extends ConsoleLogFilter implements Serializable {
    private static final long serialVersionUID = 1L;

    private final SecretSet secrets;

    MaskingLogFilter(SecretSet secrets) {
        this.secrets = secrets;
    }

    /** Pipeline passes no build here; the overload taking {@code AbstractBuild} forwards to this one. */
    @SuppressWarnings("rawtypes") // the signature Jenkins core declares
    @Override
    public OutputStream decorateLogger(Run build, OutputStream logger) {
        return secrets.masker().wrap(logger);
    }
}
