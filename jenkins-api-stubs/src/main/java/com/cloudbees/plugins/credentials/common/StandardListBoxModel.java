// Compile-only stand-in for com.cloudbees.plugins.credentials.common.StandardListBoxModel of credentials
// 1511.v2e3cb_0008ef0.
package com.cloudbees.plugins.credentials.common;

import edu.umd.cs.findbugs.annotations.NonNull;

public class StandardListBoxModel extends AbstractIdCredentialsListBoxModel<StandardListBoxModel, StandardCredentials> {
    private static final long serialVersionUID = 1L;

    @Override
    @NonNull
    protected String describe(@NonNull StandardCredentials c) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
