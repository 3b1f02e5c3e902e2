package io.jenkins.plugins.workbenchcredentials.history;

import com.cloudbees.plugins.credentials.CredentialsStore;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.Extension;
import hudson.XmlFile;
import hudson.model.AbstractItem;
import hudson.model.ItemGroup;
import hudson.model.Saveable;
import hudson.model.listeners.SaveableListener;
import io.jenkins.plugins.workbenchcredentials.expiry.ExpiringCredentials;
import io.jenkins.plugins.workbenchcredentials.store.Workbench;
import jenkins.model.Jenkins;

/**
 * Tells the history and the expiry watch of every save of a store that can hold workbench credentials: Jenkins' own
 * (saved by the credentials plugin's {@code SystemCredentialsProvider}) and a folder's (saved with the
 * folder). It is told inside the save, with the store's lock held, after the file was written.
 */
@Extension
public class StoreSaveListener extends SaveableListener {

    @Override
    public void onChange(Saveable o, XmlFile file) {
        CredentialsStore store = null;
        if (o instanceof SystemCredentialsProvider) {
            store = Workbench.ownStore(Jenkins.get());
        } else if (o instanceof AbstractItem item && item instanceof ItemGroup) {
            store = Workbench.ownStore(item);
        }
        if (store != null) {
            HistoryTracking.get().saved(store);
            ExpiringCredentials.get().refreshSoon(store);
        }
    }
}
