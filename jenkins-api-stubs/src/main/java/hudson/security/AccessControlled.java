// Compile-only stand-in for hudson.security.AccessControlled of Jenkins core, as in jenkins-2.541.3
// (jenkinsci/jenkins): its abstract
// method and the default methods the plugin calls. (checkPermission also declares the unchecked
// org.springframework.security.access.AccessDeniedException.)
package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;

public interface AccessControlled {
    @NonNull
    ACL getACL();

    default void checkPermission(@NonNull Permission permission) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    default boolean hasPermission(@NonNull Permission permission) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    default boolean hasAnyPermission(@NonNull Permission... permission) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
