package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import org.springframework.security.access.AccessDeniedException;

// Its abstract method and the default methods the plugin calls.
@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/security/AccessControlled.java", line = 37)
public interface AccessControlled {
    @Copied(line = 43)
    @NonNull
    ACL getACL();

    @Copied(line = 48)
    default void checkPermission(@NonNull Permission permission) throws AccessDeniedException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 68)
    default boolean hasPermission(@NonNull Permission permission) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 81)
    default boolean hasAnyPermission(@NonNull Permission... permission) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
