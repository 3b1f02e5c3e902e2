package io.jenkins.plugins.workbenchcredentials.usage;

import hudson.Extension;
import hudson.XmlFile;
import hudson.model.AbstractItem;
import hudson.model.Saveable;
import hudson.model.listeners.SaveableListener;

/**
 * Re-indexes a job whenever its {@code config.xml} is written: Jenkins reports configuration through the
 * web form as an update, but a job changed by a script, the REST API or another plugin only as a save.
 */
@Extension
public class JobSaveListener extends SaveableListener {

    @Override
    public void onChange(Saveable o, XmlFile file) {
        // Builds are saved far more often than jobs, and are not indexed.
        if (o instanceof AbstractItem item) {
            UsageTracking.get().definitionChanged(item);
        }
    }
}
