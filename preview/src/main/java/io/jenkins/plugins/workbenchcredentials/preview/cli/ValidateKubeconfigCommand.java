package io.jenkins.plugins.workbenchcredentials.preview.cli;

import io.jenkins.plugins.workbenchcredentials.kubeconfig.ContextSummary;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigAnalysis;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigProblem;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigSummary;
import io.jenkins.plugins.workbenchcredentials.model.FieldLimits;
import io.jenkins.plugins.workbenchcredentials.service.CredentialRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "validate-kubeconfig",
        description = {
            "Check a kubeconfig read from standard input.",
            "As the create form does: its contexts, problems and the earliest certificate or token expiry. Exit"
                    + " code 3 when it has errors."
        })
final class ValidateKubeconfigCommand extends WorkbenchSubcommand {
    @Option(names = "--json", description = "Print JSON, as the API returns it.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        String text = SecretInput.standard(err())
                .text(CredentialRules.KUBECONFIG, "Kubeconfig", FieldLimits.KUBECONFIG_MAX_BYTES);
        KubeconfigAnalysis analysis = workbench().service().validateKubeconfig(text);
        PrintWriter out = out();
        if (json) {
            out.println(Json.of(analysis));
        } else {
            print(analysis, out);
        }
        if (!analysis.valid()) {
            err().println("workbench: error: the kubeconfig has "
                    + analysis.errors().size() + " error(s).");
            return ExitCodes.INVALID_INPUT;
        }
        return ExitCodes.OK;
    }

    private static void print(KubeconfigAnalysis analysis, PrintWriter out) {
        out.println(analysis.valid() ? "The kubeconfig is valid." : "The kubeconfig is not valid.");
        KubeconfigSummary summary = analysis.summary();
        if (summary != null) {
            out.println("Current context: "
                    + (summary.currentContext() == null ? "(none)" : Text.oneLine(summary.currentContext())));
            if (!summary.contexts().isEmpty()) {
                out.println("Contexts:");
                for (ContextSummary context : summary.contexts()) {
                    boolean current = context.name().equals(summary.currentContext());
                    out.println((current ? "  * " : "    ") + describe(context));
                }
            }
            out.println("Earliest expiry: "
                    + (summary.earliestExpiry() == null ? "none found" : Text.expiry(summary.earliestExpiry())));
        }
        problems(out, "Errors", analysis.errors());
        problems(out, "Warnings", analysis.warnings());
    }

    private static void problems(PrintWriter out, String title, List<KubeconfigProblem> problems) {
        if (!problems.isEmpty()) {
            out.println(title + ":");
            for (KubeconfigProblem problem : problems) {
                out.println("  " + Text.oneLine(Text.problem(problem)));
            }
        }
    }

    static String describe(ContextSummary context) {
        StringBuilder text = new StringBuilder(Text.oneLine(context.name()));
        text.append(": cluster ").append(context.cluster() == null ? "-" : Text.oneLine(context.cluster()));
        if (context.server() != null) {
            text.append(" (").append(Text.oneLine(context.server())).append(')');
        }
        text.append(", user ").append(context.user() == null ? "-" : Text.oneLine(context.user()));
        if (context.namespace() != null) {
            text.append(", namespace ").append(Text.oneLine(context.namespace()));
        }
        return text.toString();
    }
}
