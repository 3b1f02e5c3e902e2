// Compile-only stand-in for hudson.model.Cause of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins): its abstract
// method and the UserIdCause the plugin reads.
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;

public abstract class Cause {
    private Cause() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public abstract String getShortDescription();

    public static class UserIdCause extends Cause {
        public UserIdCause() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        public UserIdCause(@CheckForNull String userId) {
            throw new UnsupportedOperationException("compile-only stub");
        }

        @CheckForNull
        public String getUserId() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        @Override
        public String getShortDescription() {
            throw new UnsupportedOperationException("compile-only stub");
        }
    }
}
