package com.cloudbees.plugins.credentials;

import hudson.model.AbstractDescribableImpl;
import hudson.model.Saveable;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.io.IOException;

// The type, which the plugin only tests objects against, with its constructor and save(), which implements Saveable's.
@Copied(
        from =
                "jenkinsci/credentials-plugin@1502.v5c95e620ddfe:src/main/java/com/cloudbees/plugins/credentials/SystemCredentialsProvider.java",
        line = 77)
public class SystemCredentialsProvider extends AbstractDescribableImpl<SystemCredentialsProvider> implements Saveable {
    @Copied(line = 109)
    public SystemCredentialsProvider() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 359)
    public void save() throws IOException {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
