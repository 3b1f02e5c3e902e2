package jenkins.model;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.io.IOException;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/jenkins/model/Loadable.java", line = 11)
@Copied.AbstractMethods({"load"})
public interface Loadable {
    @Copied(line = 18)
    void load() throws IOException;
}
