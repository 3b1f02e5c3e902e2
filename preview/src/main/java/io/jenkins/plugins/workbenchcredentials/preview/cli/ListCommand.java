package io.jenkins.plugins.workbenchcredentials.preview.cli;

import io.jenkins.plugins.workbenchcredentials.model.CredentialType;
import io.jenkins.plugins.workbenchcredentials.service.CredentialView;
import io.jenkins.plugins.workbenchcredentials.service.ListQuery;
import io.jenkins.plugins.workbenchcredentials.service.Page;
import io.jenkins.plugins.workbenchcredentials.service.SortField;
import io.jenkins.plugins.workbenchcredentials.service.WorkbenchService;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", description = "List credentials, newest first. No secret is shown.")
final class ListCommand extends WorkbenchSubcommand {
    private static final int DESCRIPTION_CHARS = 40;

    @Option(
            names = "--query",
            paramLabel = "TEXT",
            description = "Words that must each appear in the ID or description.")
    String query;

    @Option(
            names = "--type",
            paramLabel = "TYPE",
            description = "Only this type: username-password, secret-text or kubeconfig.")
    String type;

    @Option(names = "--json", description = "Print a JSON array of the credentials, as the API returns them.")
    boolean json;

    @Override
    public Integer call() {
        CredentialType credentialType = type == null ? null : CredentialType.fromWireName(type);
        List<CredentialView> all = all(workbench().service(), credentialType);
        if (json) {
            out().println(Json.of(all));
        } else if (all.isEmpty()) {
            out().println(query == null && type == null ? "No credentials yet." : "No credential matches.");
        } else {
            Table table = new Table("ID", "TYPE", "DESCRIPTION", "DETAILS", "CREATED", "LAST USED", "USED BY");
            for (CredentialView view : all) {
                table.add(
                        view.id(),
                        view.type(),
                        Text.shortened(view.description(), DESCRIPTION_CHARS),
                        details(view),
                        Text.time(view.createdAt()),
                        view.lastUsed() == null ? "-" : Text.use(view.lastUsed()),
                        String.valueOf(view.usedBy()));
            }
            table.print(out());
        }
        return ExitCodes.OK;
    }

    /** Every page, so the CLI lists everything that matches. */
    private List<CredentialView> all(WorkbenchService service, CredentialType credentialType) {
        List<CredentialView> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            Page<CredentialView> result = service.list(
                    new ListQuery(query, credentialType, SortField.CREATED, false, page, ListQuery.MAX_PAGE_SIZE));
            all.addAll(result.items());
            if (page >= result.pagination().pages()) {
                return all;
            }
        }
    }

    static String details(CredentialView view) {
        if (view.username() != null) {
            return "user " + view.username();
        }
        CredentialView.KubeconfigView kubeconfig = view.kubeconfig();
        if (kubeconfig == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        text.append("context ").append(kubeconfig.context() == null ? "-" : kubeconfig.context());
        if (kubeconfig.cluster() != null) {
            text.append(" @ ").append(kubeconfig.cluster());
        }
        if (kubeconfig.earliestExpiry() != null) {
            text.append(", expires ")
                    .append(Text.time(kubeconfig.earliestExpiry().notAfter()));
        }
        return text.toString();
    }
}
