// Compile-only stand-in for hudson.security.Permission of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins): the
// type only.
package hudson.security;

public final class Permission {
    private Permission() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
