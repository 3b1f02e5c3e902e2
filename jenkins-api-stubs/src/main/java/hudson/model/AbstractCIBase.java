package hudson.model;

import hudson.security.AccessControlled;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import org.kohsuke.stapler.StaplerFallback;
import org.kohsuke.stapler.StaplerProxy;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/model/AbstractCIBase.java", line = 52)
public abstract class AbstractCIBase extends Node
        implements ItemGroup<TopLevelItem>,
                StaplerProxy,
                StaplerFallback,
                ViewGroup,
                AccessControlled,
                DescriptorByNameOwner {
    @Copied(line = 52, implicit = true)
    public AbstractCIBase() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
