// Compile-only stand-in for jenkins.model.Jenkins of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins): only the
// members the plugin
// uses. (The real class has many more supertypes; fewer here only makes the stand-in stricter.)
package jenkins.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.model.ModelObject;
import hudson.security.AccessControlled;

public abstract class Jenkins implements AccessControlled, ModelObject {
    private Jenkins() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static Jenkins get() throws IllegalStateException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public @CheckForNull Item getItemByFullName(String fullName) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
