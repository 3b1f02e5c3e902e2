package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import org.springframework.security.core.Authentication;

// The type, the SYSTEM2 authentication and as2, which runs code as it.
@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/security/ACL.java", line = 60)
public abstract class ACL {
    @Copied(line = 60, implicit = true)
    public ACL() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 374)
    public static final Authentication SYSTEM2 = null;

    @Copied(line = 477)
    @NonNull
    public static ACLContext as2(@NonNull Authentication auth) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
