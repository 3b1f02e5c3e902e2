// Compile-only stand-in for hudson.console.ConsoleLogFilter of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins):
// the overload the plugin overrides
// (the deprecated decorateLogger(AbstractBuild, OutputStream), which forwards to it, is left out).
package hudson.console;

import hudson.ExtensionPoint;
import hudson.model.Run;
import java.io.IOException;
import java.io.OutputStream;

public abstract class ConsoleLogFilter implements ExtensionPoint {
    @SuppressWarnings("rawtypes")
    public OutputStream decorateLogger(Run build, OutputStream logger) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
