// Compile-only stand-in for hudson.model.AbstractDescribableImpl of Jenkins core, as in jenkins-2.541.3
// (jenkinsci/jenkins): deprecated since 2.505,
// when Describable got a default getDescriptor(); workflow-step-api's Step still extends it.
package hudson.model;

@Deprecated(since = "2.505")
public abstract class AbstractDescribableImpl<T extends AbstractDescribableImpl<T>> implements Describable<T> {}
