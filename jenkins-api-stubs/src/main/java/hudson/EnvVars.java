package hudson;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.util.TreeMap;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/EnvVars.java", line = 75)
public class EnvVars extends TreeMap<String, String> {
    @Copied(line = 76)
    private static final long serialVersionUID = 1L;

    @Copied(line = 107)
    public EnvVars() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 145)
    public void override(String key, String value) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
