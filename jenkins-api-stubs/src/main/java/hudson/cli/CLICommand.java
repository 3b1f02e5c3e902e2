// Compile-only stand-in for hudson.cli.CLICommand of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins): its
// abstract methods and
// the members the plugin uses.
package hudson.cli;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.Locale;

public abstract class CLICommand implements ExtensionPoint, Cloneable {
    public transient PrintStream stdout, stderr;
    public transient InputStream stdin;
    public transient Locale locale;

    public String getName() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public abstract String getShortDescription();

    protected abstract int run() throws Exception;

    public @NonNull Charset getClientCharset() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
