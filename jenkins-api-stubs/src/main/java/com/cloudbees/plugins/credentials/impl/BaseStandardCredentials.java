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
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import org.kohsuke.stapler.QueryParameter;

@Copied(
        from =
                "jenkinsci/credentials-plugin@1502.v5c95e620ddfe:src/main/java/com/cloudbees/plugins/credentials/impl/BaseStandardCredentials.java",
        line = 59)
@Copied.AbstractMethods({})
public abstract class BaseStandardCredentials extends BaseCredentials implements StandardCredentials {
    @Copied(line = 78)
    public BaseStandardCredentials(@CheckForNull String id, @CheckForNull String description) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 91)
    public BaseStandardCredentials(
            @CheckForNull CredentialsScope scope, @CheckForNull String id, @CheckForNull String description) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 103)
    @Override
    @NonNull
    public String getDescription() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 112)
    @Override
    @NonNull
    public String getId() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 120)
    @Override
    public final int hashCode() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 128)
    @Override
    public final boolean equals(Object o) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 137)
    @Copied.AbstractMethods({})
    protected abstract static class BaseStandardCredentialsDescriptor extends CredentialsDescriptor {
        @Copied(line = 139)
        protected BaseStandardCredentialsDescriptor() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        @Copied(line = 143)
        protected BaseStandardCredentialsDescriptor(Class<? extends BaseStandardCredentials> clazz) {
            throw new UnsupportedOperationException("compile-only stub");
        }

        @Copied(line = 197)
        public final FormValidation doCheckId(@ContextInPath ModelObject context, @QueryParameter String value) {
            throw new UnsupportedOperationException("compile-only stub");
        }
    }
}
