package io.jenkins.plugins.workbenchcredentials.preview.cli;

import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.model.CredentialType;
import io.jenkins.plugins.workbenchcredentials.service.CredentialRequest;
import io.jenkins.plugins.workbenchcredentials.service.CredentialView;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "update",
        description = {
            "Change a credential; options not given keep their value.",
            "The ID and type cannot change. A new secret is read from standard input as for create; empty input"
                    + " (e.g. </dev/null) keeps the stored one."
        })
final class UpdateCommand extends WorkbenchSubcommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The credential to change.")
    String id;

    @Option(names = "--type", paramLabel = "TYPE", description = "If given, must be the credential's type.")
    String type;

    @Option(names = "--id", paramLabel = "ID", description = "If given, must be ID: an ID is fixed once set.")
    String sameId;

    @Mixin
    CredentialFields fields;

    @Override
    public Integer call() throws IOException {
        CredentialId.of(id);
        var workbench = workbench();
        CredentialView current = workbench.service().get(id);
        CredentialRequest.Builder request =
                fields.applyTo(CredentialRequest.builder().id(sameId).type(type));
        if (!SecretInput.stdinIsTerminal() || System.console() != null) {
            SecretPrompt.read(
                    CredentialType.fromWireName(current.type()),
                    SecretInput.standard(err()),
                    request,
                    "(empty keeps the stored one)");
        }
        CredentialView updated = workbench.service().update(id, request.build());
        out().println("Updated credential \"" + updated.id() + "\" (revision " + updated.revision() + ").");
        return ExitCodes.OK;
    }
}
