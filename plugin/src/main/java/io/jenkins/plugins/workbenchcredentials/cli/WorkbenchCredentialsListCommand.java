package io.jenkins.plugins.workbenchcredentials.cli;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import hudson.Extension;
import hudson.security.Permission;
import io.jenkins.plugins.workbenchcredentials.api.JsonMapping;
import io.jenkins.plugins.workbenchcredentials.service.CredentialView;
import io.jenkins.plugins.workbenchcredentials.service.ListQuery;
import io.jenkins.plugins.workbenchcredentials.service.Page;
import io.jenkins.plugins.workbenchcredentials.service.WorkbenchService;
import java.util.HashMap;
import java.util.Map;
import org.kohsuke.args4j.Option;

/** {@code workbench-credentials-list}: one page of credentials, as the workbench page lists them. */
@Extension
public class WorkbenchCredentialsListCommand extends WorkbenchCommand {
    @Option(name = "--query", metaVar = "TEXT", usage = "Only credentials whose ID or description contains TEXT.")
    public String query;

    @Option(name = "--type", metaVar = "TYPE", usage = "Only one type: username-password, secret-text or kubeconfig.")
    public String type;

    @Option(
            name = "--sort-by",
            metaVar = "FIELD",
            usage = "Sort by id, type, created, updated or lastUsed (default: created, newest first).")
    public String sortBy;

    @Option(name = "--sort-dir", metaVar = "DIR", usage = "asc or desc.")
    public String sortDir;

    @Option(name = "--page", metaVar = "N", usage = "Page number, from 1.")
    public String page;

    @Option(name = "--page-size", metaVar = "N", usage = "Credentials per page (at most 100).")
    public String pageSize;

    @Option(
            name = "--expiring",
            usage = "Only credentials that have expired or expire within the expiry warning threshold.")
    public boolean expiring;

    @Option(name = "--json", usage = "Print the page as JSON, as the workbench API returns it.")
    public boolean json;

    @Override
    public String getShortDescription() {
        return Messages.WorkbenchCredentialsListCommand_ShortDescription();
    }

    @Override
    Permission requiredPermission() {
        return CredentialsProvider.VIEW;
    }

    @Override
    int run(WorkbenchService service) throws Exception {
        Map<String, String> params = new HashMap<>();
        put(params, ListQuery.QUERY, query);
        put(params, ListQuery.TYPE, type);
        put(params, ListQuery.SORT_BY, sortBy);
        put(params, ListQuery.SORT_DIR, sortDir);
        put(params, ListQuery.PAGE, page);
        put(params, ListQuery.PAGE_SIZE, pageSize);
        if (expiring) {
            params.put(ListQuery.EXPIRING, "true");
        }
        Page<CredentialView> result = service.list(ListQuery.fromParameters(params));
        if (json) {
            stdout.println(JsonMapping.mapper().writeValueAsString(result));
            return 0;
        }
        for (CredentialView c : result.items()) {
            stdout.println(
                    String.join("\t", c.id(), c.type(), c.scope(), String.valueOf(c.updatedAt()), c.description()));
        }
        Page.Pagination p = result.pagination();
        stderr.println(Messages.WorkbenchCredentialsListCommand_Pagination(p.page(), p.pages(), p.total()));
        return 0;
    }

    private static void put(Map<String, String> params, String name, String value) {
        if (value != null) {
            params.put(name, value);
        }
    }
}
