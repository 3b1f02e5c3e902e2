// Compile-only stand-in for jenkins.model.Jenkins of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins): only the
// members the plugin uses. (The real class has many more supertypes; fewer here only makes the stand-in stricter.
// It is an ItemGroup<TopLevelItem> through DirectlyModifiableTopLevelItemGroup.)
package jenkins.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.ModelObject;
import hudson.model.TopLevelItem;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import java.io.File;
import org.springframework.security.core.Authentication;

public abstract class Jenkins implements AccessControlled, ModelObject, ItemGroup<TopLevelItem> {
    public static final Permission ADMINISTER = null;

    private Jenkins() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static Jenkins get() throws IllegalStateException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static @NonNull Authentication getAuthentication2() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public @CheckForNull Item getItemByFullName(String fullName) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public File getRootDir() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
