// Compile-only stand-in for jenkins.security.FIPS140 of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins).
package jenkins.security;

public class FIPS140 {
    private FIPS140() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static boolean useCompliantAlgorithms() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
