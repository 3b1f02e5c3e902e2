package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/model/Action.java", line = 79)
@Copied.AbstractMethods({"getIconFileName", "getDisplayName", "getUrlName"})
public interface Action extends ModelObject {
    @Copied(line = 104)
    @CheckForNull
    String getIconFileName();

    @Copied(line = 115)
    @Override
    @CheckForNull
    String getDisplayName();

    @Copied(line = 141)
    @CheckForNull
    String getUrlName();
}
