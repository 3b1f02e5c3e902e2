// Compile-only stand-in for jenkins.util.Timer of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins): the method
// the plugin calls.
package jenkins.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.concurrent.ScheduledExecutorService;

public class Timer {
    private Timer() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @NonNull
    public static synchronized ScheduledExecutorService get() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
