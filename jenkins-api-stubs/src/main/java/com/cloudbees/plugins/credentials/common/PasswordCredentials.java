package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.Secret;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(
        from =
                "jenkinsci/credentials-plugin@1502.v5c95e620ddfe:src/main/java/com/cloudbees/plugins/credentials/common/PasswordCredentials.java",
        line = 36)
@Copied.AbstractMethods({"getPassword"})
public interface PasswordCredentials extends Credentials {
    @Copied(line = 43)
    @NonNull
    Secret getPassword();
}
