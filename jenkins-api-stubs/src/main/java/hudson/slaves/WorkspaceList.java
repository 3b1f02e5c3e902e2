// Compile-only stand-in for hudson.slaves.WorkspaceList of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins):
// only the members the plugin uses.
package hudson.slaves;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.FilePath;

public final class WorkspaceList {
    private WorkspaceList() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @CheckForNull
    public static FilePath tempDir(FilePath ws) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
