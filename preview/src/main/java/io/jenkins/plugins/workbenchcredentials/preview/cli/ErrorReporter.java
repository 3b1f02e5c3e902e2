package io.jenkins.plugins.workbenchcredentials.preview.cli;

import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigProblem;
import io.jenkins.plugins.workbenchcredentials.service.CredentialInUseException;
import io.jenkins.plugins.workbenchcredentials.service.InvalidKubeconfigException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Turns a failed command into one line on standard error and an exit code. Core's exceptions carry
 * messages that name the field and never a secret; other exceptions may quote input, so only an I/O
 * failure's message (a path and a reason) is shown, and otherwise the type alone.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof WorkbenchException workbench) {
            err.println("workbench: error: " + workbench.getMessage());
            if (workbench instanceof InvalidKubeconfigException invalid) {
                for (KubeconfigProblem problem : invalid.problems()) {
                    err.println("  " + Text.problem(problem));
                }
            }
            if (workbench instanceof CredentialInUseException) {
                err.println("workbench: run delete with --force to delete it anyway.");
            }
            err.flush();
            return ExitCodes.of(workbench.code());
        }
        if (e instanceof UncheckedIOException || e instanceof IOException) {
            IOException io = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
            String context = e instanceof UncheckedIOException ? e.getMessage() + ": " : "";
            err.println("workbench: error: " + context + io.getMessage());
        } else {
            err.println("workbench: error: the command failed unexpectedly ("
                    + e.getClass().getName() + ")");
        }
        err.flush();
        return ExitCodes.OTHER;
    }
}
