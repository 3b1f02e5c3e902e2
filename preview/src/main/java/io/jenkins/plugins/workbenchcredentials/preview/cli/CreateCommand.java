package io.jenkins.plugins.workbenchcredentials.preview.cli;

import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.model.CredentialType;
import io.jenkins.plugins.workbenchcredentials.service.CredentialRequest;
import io.jenkins.plugins.workbenchcredentials.service.CredentialView;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "create",
        description = {
            "Create a credential; its secret is read from standard input.",
            "For username-password the password and for secret-text the token are the whole input less one"
                    + " trailing line break; for kubeconfig the whole input is the file."
        })
final class CreateCommand extends WorkbenchSubcommand {
    @Option(
            names = "--type",
            required = true,
            paramLabel = "TYPE",
            description = "username-password, secret-text or kubeconfig.")
    String type;

    @Option(
            names = "--id",
            required = true,
            paramLabel = "ID",
            description = "The name pipelines use: letters, digits, '_', '.', '-'.")
    String id;

    @Mixin
    CredentialFields fields;

    @Override
    public Integer call() throws IOException {
        // Checked before standard input is read, so a typo does not swallow the secret.
        CredentialType credentialType = CredentialType.fromWireName(type);
        CredentialId.of(id);
        var workbench = workbench();
        CredentialRequest.Builder request =
                fields.applyTo(CredentialRequest.builder().id(id).type(type));
        SecretPrompt.read(credentialType, SecretInput.standard(err()), request, null);
        CredentialView created = workbench.service().create(request.build());
        out().println("Created " + created.type() + " credential \"" + created.id() + "\".");
        if (created.kubeconfig() != null && created.kubeconfig().warnings() > 0) {
            warn("the kubeconfig has " + created.kubeconfig().warnings()
                    + " warning(s); `workbench validate-kubeconfig` lists them.");
        }
        return ExitCodes.OK;
    }
}
