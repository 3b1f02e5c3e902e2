package hudson.model.listeners;

import hudson.ExtensionPoint;
import hudson.model.Item;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(
        from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/model/listeners/ItemListener.java",
        line = 47)
@Copied.AbstractMethods({})
public class ItemListener implements ExtensionPoint {
    @Copied(line = 47, implicit = true)
    public ItemListener() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 58)
    public void onCreated(Item item) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 88)
    public void onCopied(Item src, Item item) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 96)
    public void onLoaded() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 114)
    public void onDeleted(Item item) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 151)
    public void onLocationChanged(Item item, String oldFullName, String newFullName) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 158)
    public void onUpdated(Item item) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 166)
    public void onBeforeShutdown() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
