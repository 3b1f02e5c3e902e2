package hudson.model;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(
        from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/model/ReconfigurableDescribable.java",
        line = 61)
public interface ReconfigurableDescribable<T extends ReconfigurableDescribable<T>> extends Describable<T> {}
