package hudson.triggers;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.util.TimerTask;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/triggers/SafeTimerTask.java", line = 50)
@Copied.AbstractMethods({"doRun"})
public abstract class SafeTimerTask extends TimerTask {
    @Copied(line = 50, implicit = true)
    public SafeTimerTask() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 88)
    @Override
    public final void run() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 98)
    protected abstract void doRun() throws Exception;
}
