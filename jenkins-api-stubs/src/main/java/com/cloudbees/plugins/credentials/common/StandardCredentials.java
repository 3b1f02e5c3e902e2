package com.cloudbees.plugins.credentials.common;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(
        from =
                "jenkinsci/credentials-plugin@1502.v5c95e620ddfe:src/main/java/com/cloudbees/plugins/credentials/common/StandardCredentials.java",
        line = 41)
@Copied.AbstractMethods({"getDescription"})
public interface StandardCredentials extends IdCredentials {
    @Copied(line = 48)
    @NonNull
    String getDescription();
}
