// Compile-only stand-in for com.cloudbees.plugins.credentials.CredentialsProvider of credentials 1511.v2e3cb_0008ef0:
// only the
// members the plugin uses, with the overloads of those it calls (so overload resolution is the real one).
// (The real class extends Descriptor<CredentialsProvider>.)
package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.ModelObject;
import hudson.model.Node;
import hudson.model.Run;
import hudson.security.Permission;
import java.util.List;
import org.springframework.security.core.Authentication;

public abstract class CredentialsProvider {
    public static final Permission CREATE = null;
    public static final Permission UPDATE = null;
    public static final Permission VIEW = null;
    public static final Permission DELETE = null;
    public static final Permission USE_ITEM = null;

    public static Iterable<CredentialsStore> lookupStores(final ModelObject context) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @CheckForNull
    public static <C extends IdCredentials> C findCredentialByIdInItemGroup(
            @NonNull String id,
            @NonNull Class<C> type,
            @Nullable ItemGroup<?> itemGroup,
            @Nullable Authentication authentication,
            @Nullable List<DomainRequirement> domainRequirements) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @CheckForNull
    public static <C extends IdCredentials> C findCredentialByIdInItem(
            @NonNull String id,
            @NonNull Class<C> type,
            @Nullable Item item,
            @Nullable Authentication authentication,
            @Nullable List<DomainRequirement> domainRequirements) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @CheckForNull
    public static <C extends IdCredentials> C findCredentialById(
            @NonNull String id, @NonNull Class<C> type, @NonNull Run<?, ?> run) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static <C extends IdCredentials> C findCredentialById(
            @NonNull String id,
            @NonNull Class<C> type,
            @NonNull Run<?, ?> run,
            DomainRequirement... domainRequirements) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @CheckForNull
    public static <C extends IdCredentials> C findCredentialById(
            @NonNull String id,
            @NonNull Class<C> type,
            @NonNull Run<?, ?> run,
            @Nullable List<DomainRequirement> domainRequirements) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @SuppressWarnings("rawtypes")
    @CheckForNull
    public static <C extends Credentials> C track(@NonNull Run build, @CheckForNull C credentials) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @CheckForNull
    public static <C extends Credentials> C track(@NonNull Node node, @CheckForNull C credentials) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @CheckForNull
    public static <C extends Credentials> C track(@NonNull Item item, @CheckForNull C credentials) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    private CredentialsProvider() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
