// Compile-only stand-in for hudson.model.Run of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins): only the
// members the plugin uses.
// (The real class extends Actionable and implements AccessControlled and more.)
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;

public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> {
    private Run() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public @CheckForNull <T extends Cause> T getCause(Class<T> type) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public @NonNull JobT getParent() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public String getDisplayName() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public @NonNull String getUrl() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
