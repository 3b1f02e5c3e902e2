package io.jenkins.plugins.workbenchcredentials.page;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.ManagementLink;
import hudson.security.Permission;
import io.jenkins.plugins.workbenchcredentials.store.Workbench;
import java.io.IOException;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

/**
 * Manage Jenkins → Security → Workbench Credentials: the workbench of Jenkins' own credential store.
 * Being listed needs View; that protects nothing, so the page and every API call check for themselves.
 */
@Extension
public class WorkbenchCredentialsLink extends ManagementLink {
    static final String URL_NAME = "workbench-credentials";

    @Override
    public String getIconFileName() {
        return "symbol-key";
    }

    @Override
    public String getDisplayName() {
        return Messages.WorkbenchCredentialsLink_DisplayName();
    }

    @Override
    public String getDescription() {
        return Messages.WorkbenchCredentialsLink_Description();
    }

    @Override
    public String getUrlName() {
        return URL_NAME;
    }

    @NonNull
    @Override
    public Category getCategory() {
        return Category.SECURITY;
    }

    @NonNull
    @Override
    public Permission getRequiredPermission() {
        return CredentialsProvider.VIEW;
    }

    /** For the page's layout, which refuses the page without View. */
    public Permission getViewPermission() {
        return CredentialsProvider.VIEW;
    }

    /** The core's JSON API: {@code /manage/workbench-credentials/api/…}. */
    public void doApi(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        ApiEndpoint.serve(Workbench.of(Jenkins.get()), req, rsp);
    }
}
