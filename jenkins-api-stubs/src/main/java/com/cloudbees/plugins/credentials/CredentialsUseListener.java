// Compile-only stand-in for com.cloudbees.plugins.credentials.CredentialsUseListener of credentials
// 1511.v2e3cb_0008ef0: its abstract
// methods (the static fireUse methods are left out).
package com.cloudbees.plugins.credentials;

import hudson.ExtensionPoint;
import hudson.model.Item;
import hudson.model.Node;
import hudson.model.Run;

public interface CredentialsUseListener extends ExtensionPoint {
    @SuppressWarnings("rawtypes")
    void onUse(Credentials c, Run run);

    void onUse(Credentials c, Node node);

    void onUse(Credentials c, Item item);
}
