package hudson.model;

import hudson.XmlFile;
import hudson.security.AccessControlled;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import jenkins.model.Loadable;
import org.kohsuke.stapler.HttpDeletable;
import org.kohsuke.stapler.StaplerProxy;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/model/AbstractItem.java", line = 108)
public abstract class AbstractItem extends Actionable
        implements Loadable, Item, HttpDeletable, AccessControlled, DescriptorByNameOwner, StaplerProxy {
    @Copied(line = 126)
    @SuppressWarnings("rawtypes")
    protected AbstractItem(ItemGroup parent, String name) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 476)
    @Override
    public final String getFullName() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 535)
    @Override
    public final String getUrl() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 624)
    public final XmlFile getConfigFile() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
