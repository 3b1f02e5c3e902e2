package jenkins.console;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.Beta;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/jenkins/console/WithConsoleUrl.java", line = 35)
@Restricted(Beta.class)
public interface WithConsoleUrl {}
