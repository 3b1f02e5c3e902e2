// Compile-only stand-in for com.cloudbees.plugins.credentials.CredentialsDescriptor of credentials 1511.v2e3cb_0008ef0:
// the
// constructors and the methods the plugin overrides.
package com.cloudbees.plugins.credentials;

import hudson.model.Descriptor;
import org.jenkins.ui.icon.IconSpec;

public abstract class CredentialsDescriptor extends Descriptor<Credentials> implements IconSpec {
    protected CredentialsDescriptor(Class<? extends Credentials> clazz) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    protected CredentialsDescriptor() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public String getIconClassName() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public String getDescription() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
