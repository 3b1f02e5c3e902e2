// Compile-only stand-in for hudson.AbortException of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins).
package hudson;

import java.io.IOException;

public class AbortException extends IOException {
    private static final long serialVersionUID = 1L;

    public AbortException() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public AbortException(String message) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
