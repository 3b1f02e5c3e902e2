// Compile-only stand-in for hudson.model.AbstractItem of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins): the type only. (The
// real class extends Actionable and implements Item and more.)
package hudson.model;

public abstract class AbstractItem implements Item {
    private AbstractItem() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
