package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/model/Cause.java", line = 67)
public abstract class Cause {
    @Copied(line = 67, implicit = true)
    public Cause() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 77)
    public abstract String getShortDescription();

    @Copied(line = 417)
    public static class UserIdCause extends Cause {
        @Copied(line = 425)
        public UserIdCause() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        @Copied(line = 435)
        public UserIdCause(@CheckForNull String userId) {
            throw new UnsupportedOperationException("compile-only stub");
        }

        @Copied(line = 441)
        @CheckForNull
        public String getUserId() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        @Copied(line = 475)
        @Override
        public String getShortDescription() {
            throw new UnsupportedOperationException("compile-only stub");
        }
    }
}
