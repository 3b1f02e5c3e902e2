package io.jenkins.plugins.workbenchcredentials.preview.cli;

import io.jenkins.plugins.workbenchcredentials.usage.RecordedUse;
import io.jenkins.plugins.workbenchcredentials.usage.StaticReference;
import io.jenkins.plugins.workbenchcredentials.usage.WhereUsed;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "where-used",
        description =
                "Show what depends on a credential: Jenkinsfiles that name it (see --pipelines) and recorded uses (exec).")
final class WhereUsedCommand extends WorkbenchSubcommand {
    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Option(names = "--json", description = "Print JSON, as the API returns it.")
    boolean json;

    @Override
    public Integer call() {
        WhereUsed whereUsed = workbench().service().whereUsed(id);
        PrintWriter out = out();
        if (json) {
            out.println(Json.of(whereUsed));
            return ExitCodes.OK;
        }
        if (!whereUsed.isUsed()) {
            out.println("Nothing is known to use \"" + id + "\".");
        }
        if (!whereUsed.references().isEmpty()) {
            out.println("Referenced by:");
            for (StaticReference reference : whereUsed.references()) {
                out.println("  " + Text.oneLine(reference.consumer()) + " (" + Text.oneLine(reference.source()) + ")");
            }
        }
        if (!whereUsed.uses().isEmpty()) {
            out.println("Used by (newest first):");
            for (RecordedUse use : whereUsed.uses()) {
                out.println("  " + Text.use(use));
            }
        }
        for (String note : whereUsed.notes()) {
            out.println("Note: " + note);
        }
        return ExitCodes.OK;
    }
}
