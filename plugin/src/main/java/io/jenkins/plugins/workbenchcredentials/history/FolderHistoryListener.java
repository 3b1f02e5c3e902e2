package io.jenkins.plugins.workbenchcredentials.history;

import hudson.Extension;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.listeners.ItemListener;

/**
 * Keeps the history in step with the folders whose stores it covers: each folder's store is compared
 * with its traces once the folders are loaded; a history follows its folder when it moves; a folder
 * deleted with its credentials records their deletion.
 */
@Extension
public class FolderHistoryListener extends ItemListener {

    @Override
    public void onLoaded() {
        HistoryTracking.get().itemsLoaded();
    }

    @Override
    public void onLocationChanged(Item item, String oldFullName, String newFullName) {
        if (item instanceof ItemGroup) {
            HistoryTracking.get().relocated(oldFullName, newFullName);
        }
    }

    @Override
    public void onDeleted(Item item) {
        if (item instanceof ItemGroup) {
            HistoryTracking.get().folderDeleted(item.getFullName());
        }
    }
}
