package hudson;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.io.IOException;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/AbortException.java", line = 36)
public class AbortException extends IOException {

    @Copied(line = 37)
    public AbortException() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 44)
    public AbortException(String message) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 48)
    private static final long serialVersionUID = 1L;
}
