// Compile-only stand-in for com.cloudbees.plugins.credentials.CredentialsProvider of credentials 1511.v2e3cb_0008ef0:
// only the
// members the plugin uses. (The real class extends Descriptor<CredentialsProvider>.)
package com.cloudbees.plugins.credentials;

import hudson.model.ModelObject;
import hudson.security.Permission;

public abstract class CredentialsProvider {
    public static final Permission CREATE = null;
    public static final Permission UPDATE = null;
    public static final Permission VIEW = null;
    public static final Permission DELETE = null;

    public static Iterable<CredentialsStore> lookupStores(final ModelObject context) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    private CredentialsProvider() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
