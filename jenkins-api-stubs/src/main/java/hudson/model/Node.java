package hudson.model;

import hudson.ExtensionPoint;
import hudson.security.AccessControlled;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import jenkins.util.io.OnMaster;

// The type only (in a listener method the plugin implements, and as a superclass of Jenkins).
@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/model/Node.java", line = 107)
public abstract class Node extends AbstractModelObject
        implements ReconfigurableDescribable<Node>, ExtensionPoint, AccessControlled, OnMaster, PersistenceRoot {
    @Copied(line = 107, implicit = true)
    public Node() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
