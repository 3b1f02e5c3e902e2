package hudson.security;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.util.Iterator;
import org.jvnet.localizer.Localizable;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/security/PermissionGroup.java", line = 43)
public final class PermissionGroup implements Iterable<Permission>, Comparable<PermissionGroup> {
    @Copied(line = 74)
    @SuppressWarnings("rawtypes")
    public PermissionGroup(String id, Class owner, Localizable title) throws IllegalStateException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 94)
    @Override
    public Iterator<Permission> iterator() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 130)
    @Override
    public int compareTo(PermissionGroup that) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
