package hudson.model;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/model/Describable.java", line = 35)
@Copied.AbstractMethods({})
public interface Describable<T extends Describable<T>> {
    @Copied(line = 47)
    default Descriptor<T> getDescriptor() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
