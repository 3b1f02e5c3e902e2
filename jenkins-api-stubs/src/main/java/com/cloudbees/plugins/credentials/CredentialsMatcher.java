package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.io.Serializable;

@Copied(
        from =
                "jenkinsci/credentials-plugin@1502.v5c95e620ddfe:src/main/java/com/cloudbees/plugins/credentials/CredentialsMatcher.java",
        line = 39)
@Copied.AbstractMethods({"matches"})
public interface CredentialsMatcher extends Serializable {
    @Copied(line = 46)
    boolean matches(@NonNull Credentials item);
}
