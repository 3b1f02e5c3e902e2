package io.jenkins.plugins.workbenchcredentials.cli;

import hudson.AbortException;
import hudson.cli.CLICommand;
import hudson.model.Item;
import hudson.model.ModelObject;
import hudson.security.Permission;
import io.jenkins.plugins.workbenchcredentials.error.ErrorCode;
import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import io.jenkins.plugins.workbenchcredentials.history.ChangeSource;
import io.jenkins.plugins.workbenchcredentials.model.SecretValue;
import io.jenkins.plugins.workbenchcredentials.service.CredentialInUseException;
import io.jenkins.plugins.workbenchcredentials.service.WorkbenchService;
import io.jenkins.plugins.workbenchcredentials.store.Workbench;
import java.io.IOException;
import java.nio.charset.Charset;
import jenkins.model.Jenkins;
import org.kohsuke.args4j.Option;

/**
 * What the workbench commands share: the store they work on (Jenkins' own, or a folder's with
 * {@code --folder}), the permission each checks before it does anything, secrets read from standard
 * input, and the core's errors as the CLI's exit codes: 3 for bad input or an unknown ID, 4 for a
 * conflict or a credential in use, 6 for a missing permission.
 */
abstract class WorkbenchCommand extends CLICommand {
    /** Enough for the largest secret the workbench stores (a kubeconfig), and one byte to tell it is larger. */
    private static final int MAX_SECRET_BYTES = 1024 * 1024 + 1;

    @Option(
            name = "--folder",
            metaVar = "FOLDER",
            usage = "Full name of a folder whose own credentials to use; Jenkins' own credentials when omitted.")
    public String folder;

    /** The permission the command needs on the store, checked in {@link #run()} before anything else. */
    abstract Permission requiredPermission();

    abstract int run(WorkbenchService service) throws Exception;

    @Override
    protected final int run() throws Exception {
        Workbench workbench = Workbench.of(context(), ChangeSource.WORKBENCH_CLI);
        if (workbench == null) {
            throw new AbortException(Messages.WorkbenchCommand_NoStore(folder == null ? "Jenkins" : folder));
        }
        workbench.store().checkPermission(requiredPermission());
        try {
            return run(workbench.service());
        } catch (CredentialInUseException e) {
            throw new IllegalStateException(e.localizedMessage(locale) + " "
                    + Messages.WorkbenchCommand_InUse(
                            String.join(", ", e.whereUsed().dependents())));
        } catch (WorkbenchException e) {
            String message = e.localizedMessage(locale);
            if (e.code() == ErrorCode.CONFLICT) {
                throw new IllegalStateException(message);
            }
            if (e.code() == ErrorCode.FORBIDDEN) {
                throw new AbortException(message);
            }
            throw new IllegalArgumentException(message);
        }
    }

    private ModelObject context() throws AbortException {
        if (folder == null) {
            return Jenkins.get();
        }
        Item item = Jenkins.get().getItemByFullName(folder);
        if (item == null) {
            throw new AbortException(Messages.WorkbenchCommand_NoSuchFolder(folder));
        }
        return item;
    }

    /**
     * A secret from standard input, never from the command line where other users and shell history
     * see it. One trailing line break (as {@code echo} adds) is dropped when {@code singleLine}.
     */
    SecretValue secretFromStdin(boolean singleLine) throws IOException, InterruptedException {
        Charset charset = getClientCharset();
        String text = new String(stdin.readNBytes(MAX_SECRET_BYTES), charset);
        if (singleLine) {
            if (text.endsWith("\r\n")) {
                text = text.substring(0, text.length() - 2);
            } else if (text.endsWith("\n")) {
                text = text.substring(0, text.length() - 1);
            }
        }
        return SecretValue.of(text);
    }
}
