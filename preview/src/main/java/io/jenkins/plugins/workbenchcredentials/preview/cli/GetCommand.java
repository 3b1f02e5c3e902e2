package io.jenkins.plugins.workbenchcredentials.preview.cli;

import io.jenkins.plugins.workbenchcredentials.kubeconfig.ContextSummary;
import io.jenkins.plugins.workbenchcredentials.service.CredentialView;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "get",
        description = {
            "Show a credential: everything but its secret, which is never shown.",
            "Expiry: where it stands against its earliest expiry date, and which kubeconfig user hides its date"
                    + " when one does (see list). `workbench history ID` shows who changed it."
        })
final class GetCommand extends WorkbenchSubcommand {
    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Option(names = "--json", description = "Print JSON, as the API returns it.")
    boolean json;

    @Override
    public Integer call() {
        CredentialView view = workbench().service().get(id);
        if (json) {
            out().println(Json.of(view));
            return ExitCodes.OK;
        }
        PrintWriter out = out();
        field(out, "ID", view.id());
        field(out, "Type", view.type());
        field(out, "Description", view.description());
        field(out, "Scope", view.scope());
        field(out, "Created", Text.time(view.createdAt()));
        field(out, "Updated", Text.time(view.updatedAt()));
        field(out, "Revision", String.valueOf(view.revision()));
        if (view.username() != null) {
            field(out, "Username", view.username());
        }
        CredentialView.KubeconfigView kubeconfig = view.kubeconfig();
        if (kubeconfig != null) {
            field(
                    out,
                    "Default context",
                    kubeconfig.defaultContext() == null ? "(the file's current-context)" : kubeconfig.defaultContext());
            field(
                    out,
                    "Default namespace",
                    kubeconfig.defaultNamespace() == null ? "(the context's)" : kubeconfig.defaultNamespace());
            if (kubeconfig.contexts() != null) {
                out.println("Contexts:");
                for (ContextSummary context : kubeconfig.contexts()) {
                    boolean selected = context.name().equals(kubeconfig.context());
                    out.println((selected ? "  * " : "    ") + ValidateKubeconfigCommand.describe(context));
                }
            }
            field(out, "Warnings", String.valueOf(kubeconfig.warnings()));
        }
        if (view.expiry() != null) {
            field(out, "Expiry", Text.expiryDetails(view.expiry()));
        }
        field(out, "Last used", view.lastUsed() == null ? "never" : Text.use(view.lastUsed()));
        field(out, "Used by", view.usedBy() + " (see where-used)");
        return ExitCodes.OK;
    }

    private static void field(PrintWriter out, String name, String value) {
        out.println(String.format("%-18s %s", name + ":", Text.oneLine(value)));
    }
}
