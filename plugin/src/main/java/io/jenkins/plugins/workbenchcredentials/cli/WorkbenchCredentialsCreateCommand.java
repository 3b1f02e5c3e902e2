package io.jenkins.plugins.workbenchcredentials.cli;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import hudson.Extension;
import hudson.security.Permission;
import io.jenkins.plugins.workbenchcredentials.model.CredentialType;
import io.jenkins.plugins.workbenchcredentials.model.SecretValue;
import io.jenkins.plugins.workbenchcredentials.service.CredentialRequest;
import io.jenkins.plugins.workbenchcredentials.service.CredentialView;
import io.jenkins.plugins.workbenchcredentials.service.WorkbenchService;
import org.kohsuke.args4j.Argument;
import org.kohsuke.args4j.Option;

/**
 * {@code workbench-credentials-create --type TYPE ID < secret}: the password, token or kubeconfig is
 * read from standard input.
 */
@Extension
public class WorkbenchCredentialsCreateCommand extends WorkbenchCommand {
    @Argument(index = 0, metaVar = "ID", usage = "ID of the new credential, the name pipelines use.", required = true)
    public String id;

    @Option(name = "--type", metaVar = "TYPE", usage = "username-password, secret-text or kubeconfig.", required = true)
    public String type;

    @Option(name = "--description", metaVar = "TEXT", usage = "What the credential is for.")
    public String description;

    @Option(name = "--scope", metaVar = "SCOPE", usage = "GLOBAL (default; pipelines can use it) or SYSTEM.")
    public String scope;

    @Option(name = "--username", metaVar = "NAME", usage = "The username, for type username-password.")
    public String username;

    @Option(
            name = "--default-context",
            metaVar = "CONTEXT",
            usage = "For type kubeconfig: the context pipelines get when they name none.")
    public String defaultContext;

    @Option(
            name = "--default-namespace",
            metaVar = "NAMESPACE",
            usage = "For type kubeconfig: the namespace pipelines get when they name none.")
    public String defaultNamespace;

    @Override
    public String getShortDescription() {
        return Messages.WorkbenchCredentialsCreateCommand_ShortDescription();
    }

    @Override
    Permission requiredPermission() {
        return CredentialsProvider.CREATE;
    }

    @Override
    int run(WorkbenchService service) throws Exception {
        CredentialType credentialType = CredentialType.fromWireName(type);
        SecretValue secret = secretFromStdin(credentialType != CredentialType.KUBECONFIG);
        CredentialView created = service.create(CredentialRequest.builder()
                .id(id)
                .type(type)
                .description(description)
                .scope(scope)
                .username(username)
                .secret(credentialType, secret)
                .defaultContext(defaultContext)
                .defaultNamespace(defaultNamespace)
                .build());
        stdout.println(Messages.WorkbenchCredentialsCreateCommand_Created(created.id()));
        return 0;
    }
}
