package org.jenkinsci.plugins.plaincredentials;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.Secret;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(
        from =
                "jenkinsci/plain-credentials-plugin@199.v9f8e1f741799:src/main/java/org/jenkinsci/plugins/plaincredentials/StringCredentials.java",
        line = 41)
@Copied.AbstractMethods({"getSecret"})
public interface StringCredentials extends StandardCredentials {
    @Copied(line = 47)
    @NonNull
    Secret getSecret();
}
