package com.cloudbees.plugins.credentials.common;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(
        from =
                "jenkinsci/credentials-plugin@1502.v5c95e620ddfe:src/main/java/com/cloudbees/plugins/credentials/common/StandardUsernameCredentials.java",
        line = 39)
@Copied.AbstractMethods({})
public interface StandardUsernameCredentials extends StandardCredentials, UsernameCredentials {}
