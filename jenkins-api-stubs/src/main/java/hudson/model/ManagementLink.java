package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.security.Permission;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/model/ManagementLink.java", line = 58)
@Copied.AbstractMethods({"getIconFileName", "getUrlName"})
public abstract class ManagementLink implements ExtensionPoint, Action {
    @Copied(line = 58, implicit = true)
    public ManagementLink() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 70)
    @Override
    public abstract @CheckForNull String getIconFileName();

    @Copied(line = 79)
    public String getDescription() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 91)
    @Override
    public abstract @CheckForNull String getUrlName();

    @Copied(line = 126)
    public @NonNull Permission getRequiredPermission() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 158)
    public @NonNull Category getCategory() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 172)
    public enum Category {
        @Copied(line = 176)
        CONFIGURATION,
        @Copied(line = 181)
        SECURITY,
        @Copied(line = 185)
        STATUS,
        @Copied(line = 190)
        TROUBLESHOOTING,
        @Copied(line = 197)
        TOOLS,
        @Copied(line = 201)
        MISC,
        @Copied(line = 205)
        UNCATEGORIZED
    }
}
