// Compile-only stand-in for hudson.model.AbstractItem of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins): only
// the members the plugin uses. (The
// real class extends Actionable and implements more interfaces.)
package hudson.model;

import hudson.XmlFile;

public abstract class AbstractItem implements Item {
    @SuppressWarnings("rawtypes")
    protected AbstractItem(ItemGroup parent, String name) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public final String getFullName() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public final String getUrl() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public final XmlFile getConfigFile() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
