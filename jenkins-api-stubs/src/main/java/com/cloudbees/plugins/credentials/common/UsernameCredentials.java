package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(
        from =
                "jenkinsci/credentials-plugin@1502.v5c95e620ddfe:src/main/java/com/cloudbees/plugins/credentials/common/UsernameCredentials.java",
        line = 38)
@Copied.AbstractMethods({"getUsername"})
public interface UsernameCredentials extends Credentials {
    @Copied(line = 45)
    @NonNull
    String getUsername();

    @Copied(line = 52)
    default boolean isUsernameSecret() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
