package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.model.Describable;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.io.Serializable;

@Copied(
        from =
                "jenkinsci/credentials-plugin@1502.v5c95e620ddfe:src/main/java/com/cloudbees/plugins/credentials/Credentials.java",
        line = 43)
@Copied.AbstractMethods({"getScope", "getDescriptor"})
public interface Credentials extends Describable<Credentials>, Serializable, ExtensionPoint {
    @Copied(line = 50)
    @CheckForNull
    CredentialsScope getScope();

    @Copied(line = 57)
    @NonNull
    @Override
    CredentialsDescriptor getDescriptor();
}
