// Compile-only stand-in for hudson.model.listeners.SaveableListener of Jenkins core, as in jenkins-2.541.3
// (jenkinsci/jenkins): its overridable methods.
package hudson.model.listeners;

import hudson.ExtensionPoint;
import hudson.XmlFile;
import hudson.model.Saveable;

public abstract class SaveableListener implements ExtensionPoint {
    public void onChange(Saveable o, XmlFile file) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public void onDeleted(Saveable o, XmlFile file) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
