package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import org.springframework.security.core.context.SecurityContext;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/security/ACLContext.java", line = 37)
public class ACLContext implements AutoCloseable {
    @Copied(line = 49)
    ACLContext(@NonNull SecurityContext previousContext) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 72)
    @Override
    public void close() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
