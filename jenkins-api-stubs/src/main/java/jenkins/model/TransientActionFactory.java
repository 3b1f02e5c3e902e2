// Compile-only stand-in for jenkins.model.TransientActionFactory of Jenkins core, as in jenkins-2.541.3
// (jenkinsci/jenkins): its
// abstract methods.
package jenkins.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.model.Action;
import java.util.Collection;

public abstract class TransientActionFactory<T> implements ExtensionPoint {
    public abstract Class<T> type();

    public abstract @NonNull Collection<? extends Action> createFor(@NonNull T target);
}
