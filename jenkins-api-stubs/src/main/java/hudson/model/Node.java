// Compile-only stand-in for hudson.model.Node of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins): the type only
// (in a listener method the plugin implements).
package hudson.model;

public abstract class Node {
    private Node() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
