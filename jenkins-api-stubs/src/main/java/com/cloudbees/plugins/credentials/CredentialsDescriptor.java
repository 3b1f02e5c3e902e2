package com.cloudbees.plugins.credentials;

import hudson.model.Descriptor;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import org.jenkins.ui.icon.IconSpec;

@Copied(
        from =
                "jenkinsci/credentials-plugin@1502.v5c95e620ddfe:src/main/java/com/cloudbees/plugins/credentials/CredentialsDescriptor.java",
        line = 61)
@Copied.AbstractMethods({})
public abstract class CredentialsDescriptor extends Descriptor<Credentials> implements IconSpec {
    @Copied(line = 72)
    protected CredentialsDescriptor(Class<? extends Credentials> clazz) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 83)
    protected CredentialsDescriptor() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 245)
    @Override
    public String getIconClassName() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 611)
    public String getDescription() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
