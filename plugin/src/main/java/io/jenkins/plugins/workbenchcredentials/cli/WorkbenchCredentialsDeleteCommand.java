package io.jenkins.plugins.workbenchcredentials.cli;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import hudson.Extension;
import hudson.security.Permission;
import io.jenkins.plugins.workbenchcredentials.service.WorkbenchService;
import io.jenkins.plugins.workbenchcredentials.usage.WhereUsed;
import org.kohsuke.args4j.Argument;
import org.kohsuke.args4j.Option;

/**
 * {@code workbench-credentials-delete ID [--force]}: refused, listing what depends on the credential,
 * unless nothing does or {@code --force} is given.
 */
@Extension
public class WorkbenchCredentialsDeleteCommand extends WorkbenchCommand {
    @Argument(index = 0, metaVar = "ID", usage = "ID of the credential.", required = true)
    public String id;

    @Option(name = "--force", usage = "Delete even though pipelines use or refer to the credential.")
    public boolean force;

    @Override
    public String getShortDescription() {
        return Messages.WorkbenchCredentialsDeleteCommand_ShortDescription();
    }

    @Override
    Permission requiredPermission() {
        return CredentialsProvider.DELETE;
    }

    @Override
    int run(WorkbenchService service) throws Exception {
        WhereUsed dependents = service.delete(id, force);
        stdout.println(Messages.WorkbenchCredentialsDeleteCommand_Deleted(id));
        if (dependents.isUsed()) {
            stdout.println(Messages.WorkbenchCredentialsDeleteCommand_ForcedDependents(
                    String.join(", ", dependents.dependents())));
        }
        return 0;
    }
}
