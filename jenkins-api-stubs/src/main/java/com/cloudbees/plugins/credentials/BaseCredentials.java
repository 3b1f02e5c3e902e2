package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(
        from =
                "jenkinsci/credentials-plugin@1502.v5c95e620ddfe:src/main/java/com/cloudbees/plugins/credentials/BaseCredentials.java",
        line = 35)
@Copied.AbstractMethods({})
public class BaseCredentials implements Credentials {
    @Copied(line = 40)
    private static final long serialVersionUID = 1L;

    @Copied(line = 49)
    protected BaseCredentials() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 58)
    public BaseCredentials(@CheckForNull CredentialsScope scope) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 66)
    @Override
    @CheckForNull
    public CredentialsScope getScope() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 75)
    @Override
    @NonNull
    public CredentialsDescriptor getDescriptor() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
