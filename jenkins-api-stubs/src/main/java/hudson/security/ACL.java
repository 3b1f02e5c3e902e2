package hudson.security;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import org.springframework.security.core.Authentication;

// The type and the SYSTEM2 authentication.
@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/security/ACL.java", line = 60)
public abstract class ACL {
    @Copied(line = 60, implicit = true)
    public ACL() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 374)
    public static final Authentication SYSTEM2 = null;
}
