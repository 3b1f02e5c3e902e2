package io.jenkins.plugins.workbenchcredentials.preview.cli;

import io.jenkins.plugins.workbenchcredentials.expiry.ExpiringSummary;
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

@Command(
        name = "list",
        description = {
            "List credentials, newest first. No secret is shown.",
            "EXPIRY says where each one stands against its expiry date (a client certificate's, a token's):"
                    + " expired, expiring (within --expiry-days), valid until a date, or unknown and why (e.g. a"
                    + " kubeconfig user with an exec plugin), never fine for a date that cannot be read; '-' for one"
                    + " that carries no date. When any has expired or is expiring, a warning says so."
        })
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

    @Option(
            names = "--expiring",
            description = "Only credentials that have expired or expire within --expiry-days (default: 14).")
    boolean expiring;

    @Option(names = "--json", description = "Print a JSON array of the credentials, as the API returns them.")
    boolean json;

    @Override
    public Integer call() {
        CredentialType credentialType = type == null ? null : CredentialType.fromWireName(type);
        WorkbenchService service = workbench().service();
        List<CredentialView> all = all(service, credentialType);
        if (json) {
            out().println(Json.of(all));
            return ExitCodes.OK;
        }
        if (all.isEmpty()) {
            out().println(nothingListed(service));
        } else {
            Table table =
                    new Table("ID", "TYPE", "DESCRIPTION", "DETAILS", "EXPIRY", "CREATED", "LAST USED", "USED BY");
            for (CredentialView view : all) {
                table.add(
                        view.id(),
                        view.type(),
                        Text.shortened(view.description(), DESCRIPTION_CHARS),
                        details(view),
                        Text.expiryStatus(view.expiry()),
                        Text.time(view.createdAt()),
                        view.lastUsed() == null ? "-" : Text.use(view.lastUsed()),
                        String.valueOf(view.usedBy()));
            }
            table.print(out());
        }
        if (!expiring) {
            ExpiringSummary summary = service.expiring();
            if (summary.total() > 0) {
                warn(attention(summary));
            }
        }
        return ExitCodes.OK;
    }

    private String nothingListed(WorkbenchService service) {
        if (expiring) {
            String within = "within " + service.expiring().thresholdDays() + " days";
            return query == null && type == null
                    ? "No credential has expired or expires " + within + "."
                    : "No matching credential has expired or expires " + within + ".";
        }
        return query == null && type == null ? "No credentials yet." : "No credential matches.";
    }

    /** What the page's banner says: how many have expired, how many are expiring, and where to see them. */
    static String attention(ExpiringSummary summary) {
        List<String> parts = new ArrayList<>();
        if (summary.expired() > 0) {
            parts.add(summary.expired() + (summary.expired() == 1 ? " credential has" : " credentials have")
                    + " expired");
        }
        if (summary.expiring() > 0) {
            parts.add(summary.expiring() + (summary.expiring() == 1 ? " credential expires" : " credentials expire")
                    + " within " + summary.thresholdDays() + " days");
        }
        return String.join(" and ", parts) + "; `workbench list --expiring` lists them.";
    }

    /** Every page, so the CLI lists everything that matches. */
    private List<CredentialView> all(WorkbenchService service, CredentialType credentialType) {
        List<CredentialView> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            ListQuery pageQuery =
                    new ListQuery(query, credentialType, SortField.CREATED, false, page, ListQuery.MAX_PAGE_SIZE);
            Page<CredentialView> result = service.list(expiring ? pageQuery.onlyExpiring() : pageQuery);
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
        return text.toString();
    }
}
