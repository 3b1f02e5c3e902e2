package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.domains.Domain;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Action;
import hudson.model.ModelObject;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import org.jenkins.ui.icon.IconSpec;

// The members the plugin uses; the nested wrappers with their constructors and the methods that implement the
// abstract ones of their stubbed supertypes.
@Copied(
        from =
                "jenkinsci/credentials-plugin@1502.v5c95e620ddfe:src/main/java/com/cloudbees/plugins/credentials/CredentialsStoreAction.java",
        line = 104)
public abstract class CredentialsStoreAction implements Action, IconSpec, AccessControlled, ModelObject {
    @Copied(line = 104, implicit = true)
    public CredentialsStoreAction() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 536)
    public static class DomainWrapper extends AbstractDescribableImpl<DomainWrapper>
            implements ModelObject, AccessControlled, IconSpec {
        @Copied(line = 554)
        public DomainWrapper(CredentialsStoreAction parent, Domain domain) {
            throw new UnsupportedOperationException("compile-only stub");
        }

        @Copied(line = 613)
        @Override
        public String getDisplayName() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        @Copied(line = 620)
        @Override
        public String getIconClassName() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        @Copied(line = 917)
        @Override
        public ACL getACL() {
            throw new UnsupportedOperationException("compile-only stub");
        }
    }

    @Copied(line = 1000)
    public static class CredentialsWrapper extends AbstractDescribableImpl<CredentialsWrapper>
            implements IconSpec, ModelObject, AccessControlled {
        @Copied(line = 1026)
        public CredentialsWrapper(DomainWrapper domain, Credentials credentials, String id) {
            throw new UnsupportedOperationException("compile-only stub");
        }

        @Copied(line = 1056)
        @Override
        public String getIconClassName() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        @Copied(line = 1075)
        @Override
        public String getDisplayName() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        @Copied(line = 1145)
        public Credentials getCredentials() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        @Copied(line = 1470)
        @Override
        public ACL getACL() {
            throw new UnsupportedOperationException("compile-only stub");
        }
    }
}
