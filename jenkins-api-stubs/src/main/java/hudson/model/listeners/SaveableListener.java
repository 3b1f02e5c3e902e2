package hudson.model.listeners;

import hudson.ExtensionPoint;
import hudson.XmlFile;
import hudson.model.Saveable;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(
        from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/model/listeners/SaveableListener.java",
        line = 44)
@Copied.AbstractMethods({})
public abstract class SaveableListener implements ExtensionPoint {
    @Copied(line = 44, implicit = true)
    public SaveableListener() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 54)
    public void onChange(Saveable o, XmlFile file) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 65)
    public void onDeleted(Saveable o, XmlFile file) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
