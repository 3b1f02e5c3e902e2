package hudson.model;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(
        from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/model/AbstractDescribableImpl.java",
        line = 34)
@Deprecated(since = "2.505")
@Copied.AbstractMethods({})
public abstract class AbstractDescribableImpl<T extends AbstractDescribableImpl<T>> implements Describable<T> {
    @Copied(line = 34, implicit = true)
    public AbstractDescribableImpl() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
