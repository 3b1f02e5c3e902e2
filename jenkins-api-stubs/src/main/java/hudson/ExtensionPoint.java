// Compile-only stand-in for hudson.ExtensionPoint of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins).
package hudson;

public interface ExtensionPoint {}
