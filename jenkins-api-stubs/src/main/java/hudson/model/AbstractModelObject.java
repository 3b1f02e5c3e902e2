package hudson.model;

import hudson.search.SearchableModelObject;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/model/AbstractModelObject.java", line = 47)
public abstract class AbstractModelObject implements SearchableModelObject {
    @Copied(line = 47, implicit = true)
    public AbstractModelObject() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
