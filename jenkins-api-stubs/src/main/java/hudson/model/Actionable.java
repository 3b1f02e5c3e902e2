package hudson.model;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import jenkins.model.ModelObjectWithContextMenu;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/model/Actionable.java", line = 54)
public abstract class Actionable extends AbstractModelObject implements ModelObjectWithContextMenu {
    @Copied(line = 54, implicit = true)
    public Actionable() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
