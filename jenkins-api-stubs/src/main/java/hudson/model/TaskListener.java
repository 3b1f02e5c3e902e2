package hudson.model;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.io.PrintStream;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/model/TaskListener.java", line = 67)
public interface TaskListener extends SerializableOnlyOverRemoting {
    @Copied(line = 72)
    PrintStream getLogger();
}
