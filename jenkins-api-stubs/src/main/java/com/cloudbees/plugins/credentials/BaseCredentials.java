// Compile-only stand-in for com.cloudbees.plugins.credentials.BaseCredentials of credentials 1511.v2e3cb_0008ef0.
// (The real class is also @ExportedBean.)
package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;

public class BaseCredentials implements Credentials {
    private static final long serialVersionUID = 1L;

    protected BaseCredentials() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public BaseCredentials(@CheckForNull CredentialsScope scope) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    @CheckForNull
    public CredentialsScope getScope() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    @NonNull
    public CredentialsDescriptor getDescriptor() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
