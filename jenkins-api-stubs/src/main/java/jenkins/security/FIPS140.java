package jenkins.security;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/jenkins/security/FIPS140.java", line = 37)
public class FIPS140 {
    @Copied(line = 37, implicit = true)
    public FIPS140() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 56)
    public static boolean useCompliantAlgorithms() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
