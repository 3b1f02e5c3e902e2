package io.jenkins.plugins.workbenchcredentials.usage;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsUseListener;
import hudson.Extension;
import hudson.model.Item;
import hudson.model.Node;
import hudson.model.Run;
import io.jenkins.plugins.workbenchcredentials.credentials.WorkbenchCredentials;

/**
 * Records each use of a workbench credential that Jenkins is told of ({@code CredentialsProvider.track}):
 * the {@code withWorkbenchCredential} step's, and that of any other plugin which binds it, such as
 * {@code withCredentials} or an SCM checkout.
 */
@Extension
public class CredentialUseRecorder implements CredentialsUseListener {

    @SuppressWarnings("rawtypes") // the signature the credentials plugin declares
    @Override
    public void onUse(Credentials c, Run run) {
        if (c instanceof WorkbenchCredentials workbench && run != null) {
            UsageTracking.get().used(workbench, (Run<?, ?>) run);
        }
    }

    @Override
    public void onUse(Credentials c, Item item) {
        if (c instanceof WorkbenchCredentials workbench && item != null) {
            UsageTracking.get().used(workbench, item);
        }
    }

    /** An agent launched with a credential is not a pipeline that a delete would break: not recorded. */
    @Override
    public void onUse(Credentials c, Node node) {}
}
