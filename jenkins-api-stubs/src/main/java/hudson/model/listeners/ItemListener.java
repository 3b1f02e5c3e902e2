// Compile-only stand-in for hudson.model.listeners.ItemListener of Jenkins core, as in jenkins-2.541.3
// (jenkinsci/jenkins): the methods the plugin overrides.
package hudson.model.listeners;

import hudson.ExtensionPoint;
import hudson.model.Item;

public class ItemListener implements ExtensionPoint {
    public void onCreated(Item item) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public void onCopied(Item src, Item item) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public void onLoaded() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public void onDeleted(Item item) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public void onLocationChanged(Item item, String oldFullName, String newFullName) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public void onUpdated(Item item) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public void onBeforeShutdown() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
