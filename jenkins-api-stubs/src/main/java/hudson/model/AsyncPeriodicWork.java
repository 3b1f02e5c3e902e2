package hudson.model;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.io.IOException;

// The constructor, the final doRun (the real one runs execute in its own thread) and the abstract execute.
@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/model/AsyncPeriodicWork.java", line = 29)
@Copied.AbstractMethods({"execute"})
public abstract class AsyncPeriodicWork extends PeriodicWork {
    @Copied(line = 79)
    protected AsyncPeriodicWork(String name) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 91)
    @Override
    public final void doRun() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 277)
    protected abstract void execute(TaskListener listener) throws IOException, InterruptedException;
}
