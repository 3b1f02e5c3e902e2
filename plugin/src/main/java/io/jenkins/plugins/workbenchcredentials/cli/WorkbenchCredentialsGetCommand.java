package io.jenkins.plugins.workbenchcredentials.cli;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import hudson.Extension;
import hudson.security.Permission;
import io.jenkins.plugins.workbenchcredentials.api.JsonMapping;
import io.jenkins.plugins.workbenchcredentials.service.WorkbenchService;
import org.kohsuke.args4j.Argument;

/** {@code workbench-credentials-get ID}: one credential as JSON, without its secret. */
@Extension
public class WorkbenchCredentialsGetCommand extends WorkbenchCommand {
    @Argument(index = 0, metaVar = "ID", usage = "ID of the credential.", required = true)
    public String id;

    @Override
    public String getShortDescription() {
        return Messages.WorkbenchCredentialsGetCommand_ShortDescription();
    }

    @Override
    Permission requiredPermission() {
        return CredentialsProvider.VIEW;
    }

    @Override
    int run(WorkbenchService service) throws Exception {
        stdout.println(JsonMapping.mapper().writeValueAsString(service.get(id)));
        return 0;
    }
}
