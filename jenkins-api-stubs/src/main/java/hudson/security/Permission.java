package hudson.security;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

// The type only.
@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/security/Permission.java", line = 49)
public final class Permission {
    @Copied(line = 193)
    private Permission(PermissionGroup group, String name) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
