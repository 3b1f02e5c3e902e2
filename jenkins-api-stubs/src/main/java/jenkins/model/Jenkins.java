package jenkins.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.AbstractCIBase;
import hudson.model.DescriptorByNameOwner;
import hudson.model.Item;
import hudson.model.ModifiableViewGroup;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import jakarta.servlet.ServletContext;
import java.io.File;
import java.io.IOException;
import jenkins.util.io.OnMaster;
import org.jvnet.hudson.reactor.ReactorException;
import org.kohsuke.stapler.StaplerFallback;
import org.kohsuke.stapler.StaplerProxy;
import org.springframework.security.core.Authentication;

// The members the plugin uses, and those that implement the abstract methods the stubs of its supertypes declare.
@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/jenkins/model/Jenkins.java", line = 356)
public class Jenkins extends AbstractCIBase
        implements DirectlyModifiableTopLevelItemGroup,
                StaplerProxy,
                StaplerFallback,
                ModifiableViewGroup,
                AccessControlled,
                DescriptorByNameOwner,
                ModelObjectWithContextMenu,
                ModelObjectWithChildren,
                OnMaster,
                Loadable {
    @Copied(line = 804)
    public static @NonNull Jenkins get() throws IllegalStateException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 888)
    protected Jenkins(File root, ServletContext context) throws IOException, InterruptedException, ReactorException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 2097)
    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 2369)
    @Override
    public String getSearchUrl() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 2572)
    public File getRootDir() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 2921)
    @Override
    @NonNull
    public ACL getACL() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 3154)
    public @CheckForNull Item getItemByFullName(String fullName) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 3349)
    @Override
    public void load() throws IOException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 3574)
    @Override
    public synchronized void save() throws IOException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 4819)
    public static @NonNull Authentication getAuthentication2() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 5240)
    @Override
    public Object getTarget() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 5854)
    public static final Permission ADMINISTER = null;
}
