package jenkins;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/jenkins/YesNoMaybe.java", line = 37)
public enum YesNoMaybe {
    @Copied(line = 38)
    YES,
    @Copied(line = 39)
    NO,
    @Copied(line = 40)
    MAYBE
}
