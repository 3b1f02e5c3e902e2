// Compile-only stand-in for hudson.Util of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins): only the members
// the plugin uses.
package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;

public class Util {
    @NonNull
    public static String fixNull(@CheckForNull String s) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @CheckForNull
    public static String fixEmptyAndTrim(@CheckForNull String s) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
