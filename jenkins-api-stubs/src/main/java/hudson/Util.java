package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/Util.java", line = 135)
public class Util {
    @Copied(line = 135, implicit = true)
    public Util() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 1097)
    @NonNull
    public static String fixNull(@CheckForNull String s) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 1126)
    @CheckForNull
    public static String fixEmptyAndTrim(@CheckForNull String s) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
