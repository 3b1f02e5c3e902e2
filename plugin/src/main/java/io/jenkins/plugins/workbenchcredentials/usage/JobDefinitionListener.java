package io.jenkins.plugins.workbenchcredentials.usage;

import hudson.Extension;
import hudson.model.AbstractItem;
import hudson.model.Item;
import hudson.model.listeners.ItemListener;

/**
 * Keeps the usage tracking in step with the jobs: reads the recorded uses and starts indexing once
 * Jenkins has loaded its jobs, follows jobs as they are created, configured, moved and deleted, and
 * writes pending uses before Jenkins stops.
 */
@Extension
public class JobDefinitionListener extends ItemListener {

    @Override
    public void onLoaded() {
        UsageTracking.get().started();
    }

    @Override
    public void onCreated(Item item) {
        changed(item);
    }

    @Override
    public void onCopied(Item src, Item item) {
        changed(item);
    }

    @Override
    public void onUpdated(Item item) {
        changed(item);
    }

    @Override
    public void onLocationChanged(Item item, String oldFullName, String newFullName) {
        if (item instanceof AbstractItem abstractItem) {
            UsageTracking.get().relocated(abstractItem, oldFullName);
        }
    }

    @Override
    public void onDeleted(Item item) {
        UsageTracking.get().deleted(item.getFullName());
    }

    @Override
    public void onBeforeShutdown() {
        UsageTracking.get().stopping();
    }

    private static void changed(Item item) {
        if (item instanceof AbstractItem abstractItem) {
            UsageTracking.get().definitionChanged(abstractItem);
        }
    }
}
