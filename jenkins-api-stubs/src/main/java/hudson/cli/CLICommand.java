package hudson.cli;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.Locale;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.springframework.security.core.Authentication;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/cli/CLICommand.java", line = 105)
@Copied.AbstractMethods({"getShortDescription", "run"})
public abstract class CLICommand implements ExtensionPoint, Cloneable {
    @Copied(line = 105, implicit = true)
    public CLICommand() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 126)
    public transient PrintStream stdout, stderr;

    @Copied(line = 142)
    public transient InputStream stdin;

    @Copied(line = 154)
    public transient Locale locale;

    @Copied(line = 178)
    public String getName() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 194)
    public abstract String getShortDescription();

    @Copied(line = 350)
    public Authentication getTransportAuthentication2() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 404)
    protected abstract int run() throws Exception;

    @Copied(line = 418)
    @Restricted(NoExternalUse.class)
    public final String getSingleLineSummary() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 436)
    @Restricted(NoExternalUse.class)
    public final String getUsage() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 454)
    @Restricted(NoExternalUse.class)
    public final String getLongDescription() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 498)
    public @NonNull Charset getClientCharset() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 556)
    public static CLICommand getCurrent() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
