// Compile-only stand-in for jenkins.YesNoMaybe of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins).
package jenkins;

public enum YesNoMaybe {
    YES,
    NO,
    MAYBE
}
