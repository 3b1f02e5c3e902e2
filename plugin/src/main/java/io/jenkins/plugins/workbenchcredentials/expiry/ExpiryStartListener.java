package io.jenkins.plugins.workbenchcredentials.expiry;

import hudson.Extension;
import hudson.model.listeners.ItemListener;

/** Once Jenkins has loaded its folders, the expiring credentials of every store are worked out. */
@Extension
public class ExpiryStartListener extends ItemListener {

    @Override
    public void onLoaded() {
        ExpiringCredentials.get().refreshAllSoon();
    }
}
