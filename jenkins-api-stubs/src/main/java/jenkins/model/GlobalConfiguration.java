package jenkins.model;

import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Descriptor;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.StaplerRequest2;

// The constructor, the final getDescriptor() and the configure(StaplerRequest2, JSONObject) the plugin overrides.
@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/jenkins/model/GlobalConfiguration.java", line = 47)
@Copied.AbstractMethods({})
public abstract class GlobalConfiguration extends Descriptor<GlobalConfiguration>
        implements ExtensionPoint, Describable<GlobalConfiguration> {
    @Copied(line = 48)
    protected GlobalConfiguration() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 53)
    @Override
    public final Descriptor<GlobalConfiguration> getDescriptor() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 68)
    @Override
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
