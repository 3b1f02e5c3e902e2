package com.cloudbees.plugins.credentials.common;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(
        from =
                "jenkinsci/credentials-plugin@1502.v5c95e620ddfe:src/main/java/com/cloudbees/plugins/credentials/common/StandardUsernamePasswordCredentials.java",
        line = 38)
@Copied.AbstractMethods({})
public interface StandardUsernamePasswordCredentials extends StandardUsernameCredentials, UsernamePasswordCredentials {}
