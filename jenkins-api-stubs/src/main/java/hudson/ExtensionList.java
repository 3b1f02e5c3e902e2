// Compile-only stand-in for hudson.ExtensionList of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins): only the
// members the plugin
// uses. (The real class extends AbstractList and implements OnMaster.)
package hudson;

import edu.umd.cs.findbugs.annotations.NonNull;

public class ExtensionList<T> {
    private ExtensionList() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static @NonNull <U> U lookupSingleton(Class<U> type) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
