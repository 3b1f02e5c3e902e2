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
 * {@code workbench-credentials-update ID [options] [--secret-from-stdin < secret]}: changes only what is
 * given; the ID and type stay as they are.
 */
@Extension
public class WorkbenchCredentialsUpdateCommand extends WorkbenchCommand {
    @Argument(index = 0, metaVar = "ID", usage = "ID of the credential.", required = true)
    public String id;

    @Option(name = "--description", metaVar = "TEXT", usage = "New description.")
    public String description;

    @Option(name = "--scope", metaVar = "SCOPE", usage = "New scope: GLOBAL or SYSTEM.")
    public String scope;

    @Option(name = "--username", metaVar = "NAME", usage = "New username, for type username-password.")
    public String username;

    @Option(name = "--default-context", metaVar = "CONTEXT", usage = "New default context, for type kubeconfig.")
    public String defaultContext;

    @Option(name = "--default-namespace", metaVar = "NAMESPACE", usage = "New default namespace, for type kubeconfig.")
    public String defaultNamespace;

    @Option(name = "--secret-from-stdin", usage = "Replace the password, token or kubeconfig with standard input.")
    public boolean replaceSecret;

    @Option(name = "--revision", metaVar = "N", usage = "Refuse the change if the credential changed since revision N.")
    public Long revision;

    @Override
    public String getShortDescription() {
        return Messages.WorkbenchCredentialsUpdateCommand_ShortDescription();
    }

    @Override
    Permission requiredPermission() {
        return CredentialsProvider.UPDATE;
    }

    @Override
    int run(WorkbenchService service) throws Exception {
        CredentialType credentialType =
                CredentialType.fromWireName(service.get(id).type());
        SecretValue secret = replaceSecret ? secretFromStdin(credentialType != CredentialType.KUBECONFIG) : null;
        CredentialView updated = service.update(
                id,
                CredentialRequest.builder()
                        .description(description)
                        .scope(scope)
                        .username(username)
                        .secret(credentialType, secret)
                        .defaultContext(defaultContext)
                        .defaultNamespace(defaultNamespace)
                        .revision(revision)
                        .build());
        stdout.println(Messages.WorkbenchCredentialsUpdateCommand_Updated(updated.id(), updated.revision()));
        return 0;
    }
}
