// Compile-only stand-in for hudson.security.ACL of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins): the type
// only.
package hudson.security;

public abstract class ACL {}
