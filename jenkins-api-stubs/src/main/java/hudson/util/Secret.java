// Compile-only stand-in for hudson.util.Secret of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins): only the
// members the plugin
// uses, and the deprecated toString() so that using it warns as it does against the real class.
package hudson.util;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

public final class Secret implements Serializable {
    private static final long serialVersionUID = 1L;

    private Secret() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    @Deprecated
    public String toString() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @NonNull
    public String getPlainText() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @NonNull
    public static Secret fromString(@CheckForNull String data) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @NonNull
    public static String toString(@CheckForNull Secret s) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
