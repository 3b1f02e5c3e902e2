package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.security.AccessControlled;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.io.IOException;
import jenkins.console.WithConsoleUrl;
import jenkins.model.HistoricalBuild;
import jenkins.util.io.OnMaster;
import org.kohsuke.stapler.StaplerProxy;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/model/Run.java", line = 169)
public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends Actionable
        implements ExtensionPoint,
                Comparable<RunT>,
                AccessControlled,
                PersistenceRoot,
                DescriptorByNameOwner,
                OnMaster,
                StaplerProxy,
                HistoricalBuild,
                WithConsoleUrl {
    @Copied(line = 312)
    protected Run(@NonNull JobT job) throws IOException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 593)
    public @CheckForNull <T extends Cause> T getCause(Class<T> type) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 623)
    public @NonNull JobT getParent() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 752)
    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 948)
    public @NonNull String getUrl() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
