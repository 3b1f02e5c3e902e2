package hudson.model;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.io.IOException;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/model/Saveable.java", line = 38)
@Copied.AbstractMethods({"save"})
public interface Saveable {
    @Copied(line = 50)
    void save() throws IOException;
}
