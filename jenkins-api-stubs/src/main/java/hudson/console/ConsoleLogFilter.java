package hudson.console;

import hudson.ExtensionPoint;
import hudson.model.Run;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.io.IOException;
import java.io.OutputStream;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/console/ConsoleLogFilter.java", line = 55)
@Copied.AbstractMethods({})
public abstract class ConsoleLogFilter implements ExtensionPoint {
    @Copied(line = 55, implicit = true)
    public ConsoleLogFilter() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 85)
    @SuppressWarnings("rawtypes")
    public OutputStream decorateLogger(Run build, OutputStream logger) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
