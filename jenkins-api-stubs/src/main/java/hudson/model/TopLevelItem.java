// Compile-only stand-in for hudson.model.TopLevelItem of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins): the
// type only.
package hudson.model;

public interface TopLevelItem extends Item {}
