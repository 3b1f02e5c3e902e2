package jenkins.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.model.Action;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.util.Collection;

@Copied(
        from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/jenkins/model/TransientActionFactory.java",
        line = 49)
@Copied.AbstractMethods({"type", "createFor"})
public abstract class TransientActionFactory<T> implements ExtensionPoint {
    @Copied(line = 49, implicit = true)
    public TransientActionFactory() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 57)
    public abstract Class<T> type();

    @Copied(line = 79)
    public abstract @NonNull Collection<? extends Action> createFor(@NonNull T target);
}
