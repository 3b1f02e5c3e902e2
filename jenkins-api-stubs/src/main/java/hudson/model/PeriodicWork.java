package hudson.model;

import hudson.ExtensionPoint;
import hudson.triggers.SafeTimerTask;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

// The abstract method, and the time constant the plugin uses.
@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/model/PeriodicWork.java", line = 63)
@Copied.AbstractMethods({"getRecurrencePeriod"})
public abstract class PeriodicWork extends SafeTimerTask implements ExtensionPoint {
    @Copied(line = 63, implicit = true)
    public PeriodicWork() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 81)
    public abstract long getRecurrencePeriod();

    // 24 * HOUR, HOUR = 60 * MIN, MIN = 1000 * 60: a constant, as the real one is.
    @Copied(line = 121)
    protected static final long DAY = 86400000L;
}
