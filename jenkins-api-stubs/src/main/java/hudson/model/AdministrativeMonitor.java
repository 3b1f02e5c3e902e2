package hudson.model;

import hudson.ExtensionPoint;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.StaplerProxy;

// The members the plugin overrides, the abstract and final ones, and getTarget, which implements StaplerProxy's.
@Copied(
        from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/model/AdministrativeMonitor.java",
        line = 90)
@Copied.AbstractMethods({"isActivated"})
public abstract class AdministrativeMonitor extends AbstractModelObject implements ExtensionPoint, StaplerProxy {
    @Copied(line = 104)
    protected AdministrativeMonitor() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 116)
    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 121)
    @Override
    public final String getSearchUrl() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 159)
    public abstract boolean isActivated();

    @Copied(line = 223)
    public void checkRequiredPermission() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 237)
    public boolean hasRequiredPermission() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 257)
    @Override
    @Restricted(NoExternalUse.class)
    public Object getTarget() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
