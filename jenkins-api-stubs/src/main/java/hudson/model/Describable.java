// Compile-only stand-in for hudson.model.Describable of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins).
package hudson.model;

public interface Describable<T extends Describable<T>> {
    default Descriptor<T> getDescriptor() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
