package com.cloudbees.plugins.credentials;

import hudson.ExtensionPoint;
import hudson.model.Item;
import hudson.model.Node;
import hudson.model.Run;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(
        from =
                "jenkinsci/credentials-plugin@1502.v5c95e620ddfe:src/main/java/com/cloudbees/plugins/credentials/CredentialsUseListener.java",
        line = 18)
@Copied.AbstractMethods({"onUse", "onUse", "onUse"})
public interface CredentialsUseListener extends ExtensionPoint {
    @Copied(line = 26)
    @SuppressWarnings("rawtypes")
    void onUse(Credentials c, Run run);

    @Copied(line = 34)
    void onUse(Credentials c, Node node);

    @Copied(line = 42)
    void onUse(Credentials c, Item item);
}
