package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.domains.Domain;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Descriptor;
import hudson.model.ModelObject;
import hudson.model.Saveable;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.io.IOException;
import java.util.List;

// Its abstract methods and the members the plugin uses.
@Copied(
        from =
                "jenkinsci/credentials-plugin@1502.v5c95e620ddfe:src/main/java/com/cloudbees/plugins/credentials/CredentialsStore.java",
        line = 73)
public abstract class CredentialsStore implements AccessControlled, Saveable {
    @Copied(line = 104)
    public CredentialsStore() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 173)
    @NonNull
    public abstract ModelObject getContext();

    @Copied(line = 204)
    @NonNull
    @Override
    public ACL getACL() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 223)
    @Override
    public final void checkPermission(@NonNull Permission p) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 235)
    @Override
    public final boolean hasPermission(@NonNull Permission p) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 318)
    @NonNull
    public abstract List<Credentials> getCredentials(@NonNull Domain domain);

    @Copied(line = 376)
    public abstract boolean addCredentials(@NonNull Domain domain, @NonNull Credentials credentials) throws IOException;

    @Copied(line = 387)
    public abstract boolean removeCredentials(@NonNull Domain domain, @NonNull Credentials credentials)
            throws IOException;

    @Copied(line = 400)
    public abstract boolean updateCredentials(
            @NonNull Domain domain, @NonNull Credentials current, @NonNull Credentials replacement) throws IOException;

    @Copied(line = 414)
    public final boolean isApplicable(Descriptor<?> descriptor) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
