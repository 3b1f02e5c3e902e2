// Compile-only stand-in for hudson.EnvVars of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins): only the members
// the plugin uses.
package hudson;

import java.util.TreeMap;

public class EnvVars extends TreeMap<String, String> {
    private static final long serialVersionUID = 1L;

    private EnvVars() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public void override(String key, String value) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
