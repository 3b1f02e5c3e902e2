package io.jenkins.plugins.workbenchcredentials.preview.cli;

import io.jenkins.plugins.workbenchcredentials.history.CredentialHistory;
import io.jenkins.plugins.workbenchcredentials.history.HistoryEntry;
import io.jenkins.plugins.workbenchcredentials.service.CredentialHistoryView;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "history",
        description = {
            "Show who created, changed and deleted a credential, newest first.",
            "Each change: when, what, who (the operating-system user), through what (workbench: the page or API of"
                    + " serve; workbench-cli: these commands) and the names of the fields it set or changed, never a"
                    + " value: a new secret shows as its field's name. The last 100 changes of each credential are"
                    + " kept, in the encrypted store with the credentials; a deleted credential's history stays"
                    + " readable by its ID for 90 days. Exit code 4 when no credential has or had the ID."
        })
final class HistoryCommand extends WorkbenchSubcommand {
    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Option(names = "--json", description = "Print JSON, as the API returns it.")
    boolean json;

    @Override
    public Integer call() {
        CredentialHistoryView history = workbench().service().history(id);
        PrintWriter out = out();
        if (json) {
            out.println(Json.of(history));
            return ExitCodes.OK;
        }
        if (!history.exists()) {
            HistoryEntry deletion = history.items().get(0);
            out.println("Credential \"" + Text.oneLine(history.id()) + "\" was deleted; its history is kept until "
                    + Text.time(deletion.at().plus(CredentialHistory.DELETED_KEPT)) + ".");
        }
        if (history.items().isEmpty()) {
            out.println("No change to \"" + Text.oneLine(history.id()) + "\" has been recorded.");
            return ExitCodes.OK;
        }
        Table table = new Table("WHEN", "ACTION", "ACTOR", "SOURCE", "FIELDS");
        for (HistoryEntry entry : history.items()) {
            table.add(
                    Text.time(entry.at()),
                    entry.action().wireName(),
                    entry.actor(),
                    entry.source().wireName(),
                    entry.fields().isEmpty() ? "-" : String.join(", ", entry.fields()));
        }
        table.print(out);
        return ExitCodes.OK;
    }
}
