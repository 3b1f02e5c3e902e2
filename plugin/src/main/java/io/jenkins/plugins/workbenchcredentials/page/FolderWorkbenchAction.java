package io.jenkins.plugins.workbenchcredentials.page;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import hudson.model.Action;
import hudson.model.Item;
import hudson.security.Permission;
import io.jenkins.plugins.workbenchcredentials.store.Workbench;
import java.io.IOException;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

/** The workbench of a folder's own credential store, at {@code …/job/FOLDER/workbench-credentials/}. */
public class FolderWorkbenchAction implements Action {
    private final Item folder;

    FolderWorkbenchAction(Item folder) {
        this.folder = folder;
    }

    public Item getFolder() {
        return folder;
    }

    /** Shown in the folder's side panel only to those who may view its credentials. */
    @Override
    public String getIconFileName() {
        return folder.hasPermission(CredentialsProvider.VIEW) ? "symbol-key" : null;
    }

    @Override
    public String getDisplayName() {
        return Messages.WorkbenchCredentialsLink_DisplayName();
    }

    @Override
    public String getUrlName() {
        return WorkbenchCredentialsLink.URL_NAME;
    }

    /** For the page's layout, which refuses the page without View on the folder. */
    public Permission getViewPermission() {
        return CredentialsProvider.VIEW;
    }

    /** The core's JSON API over the folder's store: {@code …/workbench-credentials/api/…}. */
    public void doApi(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        ApiEndpoint.serve(Workbench.of(folder), req, rsp);
    }
}
