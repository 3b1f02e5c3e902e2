package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(
        from =
                "jenkinsci/credentials-plugin@1502.v5c95e620ddfe:src/main/java/com/cloudbees/plugins/credentials/common/IdCredentials.java",
        line = 41)
@Copied.AbstractMethods({"getId"})
public interface IdCredentials extends Credentials {
    @Copied(line = 48)
    @NonNull
    String getId();
}
