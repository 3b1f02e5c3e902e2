// Compile-only stand-in for com.cloudbees.plugins.credentials.CredentialsStoreAction of credentials
// 1511.v2e3cb_0008ef0: only the
// members the plugin uses. (The real class implements Action, IconSpec, AccessControlled, ModelObject.)
package com.cloudbees.plugins.credentials;

public abstract class CredentialsStoreAction {
    private CredentialsStoreAction() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static class CredentialsWrapper {
        private CredentialsWrapper() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        public Credentials getCredentials() {
            throw new UnsupportedOperationException("compile-only stub");
        }
    }
}
