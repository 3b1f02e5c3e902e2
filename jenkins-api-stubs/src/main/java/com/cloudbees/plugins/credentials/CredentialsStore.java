// Compile-only stand-in for com.cloudbees.plugins.credentials.CredentialsStore of credentials 1511.v2e3cb_0008ef0: its
// abstract
// methods and the members the plugin uses. (The real class also implements Saveable.)
package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.domains.Domain;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Descriptor;
import hudson.model.ModelObject;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import java.io.IOException;
import java.util.List;

public abstract class CredentialsStore implements AccessControlled {
    @NonNull
    public abstract ModelObject getContext();

    @NonNull
    @Override
    public ACL getACL() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public final void checkPermission(@NonNull Permission p) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public final boolean hasPermission(@NonNull Permission p) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @NonNull
    public abstract List<Credentials> getCredentials(@NonNull Domain domain);

    public abstract boolean addCredentials(@NonNull Domain domain, @NonNull Credentials credentials) throws IOException;

    public abstract boolean removeCredentials(@NonNull Domain domain, @NonNull Credentials credentials)
            throws IOException;

    public abstract boolean updateCredentials(
            @NonNull Domain domain, @NonNull Credentials current, @NonNull Credentials replacement) throws IOException;

    public final boolean isApplicable(Descriptor<?> descriptor) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
