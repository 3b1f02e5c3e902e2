// Compile-only stand-in for hudson.model.ItemGroup of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins): the type only.
package hudson.model;

public interface ItemGroup<T extends Item> {}
