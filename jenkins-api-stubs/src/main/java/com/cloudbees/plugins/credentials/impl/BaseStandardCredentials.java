// Compile-only stand-in for com.cloudbees.plugins.credentials.impl.BaseStandardCredentials of credentials
// 1511.v2e3cb_0008ef0,
// with its final methods (so a subclass that overrides them fails here as it would for real).
package com.cloudbees.plugins.credentials.impl;

import com.cloudbees.plugins.credentials.BaseCredentials;
import com.cloudbees.plugins.credentials.ContextInPath;
import com.cloudbees.plugins.credentials.CredentialsDescriptor;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.ModelObject;
import hudson.util.FormValidation;
import org.kohsuke.stapler.QueryParameter;

public abstract class BaseStandardCredentials extends BaseCredentials implements StandardCredentials {
    public BaseStandardCredentials(@CheckForNull String id, @CheckForNull String description) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public BaseStandardCredentials(
            @CheckForNull CredentialsScope scope, @CheckForNull String id, @CheckForNull String description) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    @NonNull
    public String getDescription() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    @NonNull
    public String getId() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public final int hashCode() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public final boolean equals(Object o) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    protected abstract static class BaseStandardCredentialsDescriptor extends CredentialsDescriptor {
        protected BaseStandardCredentialsDescriptor() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        protected BaseStandardCredentialsDescriptor(Class<? extends BaseStandardCredentials> clazz) {
            throw new UnsupportedOperationException("compile-only stub");
        }

        public final FormValidation doCheckId(@ContextInPath ModelObject context, @QueryParameter String value) {
            throw new UnsupportedOperationException("compile-only stub");
        }
    }
}
