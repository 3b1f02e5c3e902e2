package io.jenkins.plugins.workbenchcredentials.preview.cli;

import io.jenkins.plugins.workbenchcredentials.usage.WhereUsed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "delete",
        description = {
            "Delete a credential.",
            "If pipelines reference it or used it, it is kept and they are listed (exit code 5), unless --force."
        })
final class DeleteCommand extends WorkbenchSubcommand {
    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Option(names = "--force", description = "Delete even though pipelines depend on it; they will fail.")
    boolean force;

    @Override
    public Integer call() {
        WhereUsed dependents = workbench().service().delete(id, force);
        out().println("Deleted credential \"" + id + "\".");
        if (dependents.isUsed()) {
            warn("these used it and will fail until they use another credential: "
                    + Text.oneLine(String.join(", ", dependents.dependents())));
        }
        return ExitCodes.OK;
    }
}
