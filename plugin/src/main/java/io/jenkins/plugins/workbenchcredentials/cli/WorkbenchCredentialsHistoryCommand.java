package io.jenkins.plugins.workbenchcredentials.cli;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import hudson.Extension;
import hudson.security.Permission;
import io.jenkins.plugins.workbenchcredentials.api.JsonMapping;
import io.jenkins.plugins.workbenchcredentials.history.HistoryEntry;
import io.jenkins.plugins.workbenchcredentials.service.CredentialHistoryView;
import io.jenkins.plugins.workbenchcredentials.service.WorkbenchService;
import org.kohsuke.args4j.Argument;
import org.kohsuke.args4j.Option;

/**
 * {@code workbench-credentials-history ID}: who created, changed and deleted a credential, newest first,
 * one change a line (time, action, user, origin, fields changed); also for a deleted credential.
 */
@Extension
public class WorkbenchCredentialsHistoryCommand extends WorkbenchCommand {
    @Argument(index = 0, metaVar = "ID", usage = "ID of the credential, also of one deleted.", required = true)
    public String id;

    @Option(name = "--json", usage = "Print the history as JSON, as the workbench API returns it.")
    public boolean json;

    @Override
    public String getShortDescription() {
        return Messages.WorkbenchCredentialsHistoryCommand_ShortDescription();
    }

    @Override
    Permission requiredPermission() {
        return CredentialsProvider.VIEW;
    }

    @Override
    int run(WorkbenchService service) throws Exception {
        CredentialHistoryView history = service.history(id);
        if (json) {
            stdout.println(JsonMapping.mapper().writeValueAsString(history));
            return 0;
        }
        for (HistoryEntry entry : history.items()) {
            stdout.println(String.join(
                    "\t",
                    entry.at().toString(),
                    entry.action().wireName(),
                    entry.actor(),
                    entry.source().wireName(),
                    entry.fields().isEmpty() ? "-" : String.join(",", entry.fields())));
        }
        if (!history.exists()) {
            stderr.println(Messages.WorkbenchCredentialsHistoryCommand_Deleted(history.id()));
        }
        return 0;
    }
}
