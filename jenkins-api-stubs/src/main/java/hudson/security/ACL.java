// Compile-only stand-in for hudson.security.ACL of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins): the type
// and the SYSTEM2 authentication.
package hudson.security;

import org.springframework.security.core.Authentication;

public abstract class ACL {
    public static final Authentication SYSTEM2 = null;

    private ACL() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
