package hudson.util;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.io.Serializable;

// The members the plugin uses, and the deprecated toString() so that using it warns as it does against the real class.
@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/util/Secret.java", line = 67)
public final class Secret implements Serializable {
    @Copied(line = 78)
    Secret(String value) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 97)
    @Override
    @Deprecated
    public String toString() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 109)
    @NonNull
    public String getPlainText() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 250)
    @NonNull
    public static Secret fromString(@CheckForNull String data) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 263)
    @NonNull
    public static String toString(@CheckForNull Secret s) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 306)
    private static final long serialVersionUID = 1L;
}
