// Compile-only stand-in for hudson.model.ItemGroup of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins): the type
// and the default method the plugin calls.
package hudson.model;

public interface ItemGroup<T extends Item> {
    default <T extends Item> Iterable<T> allItems(Class<T> type) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
