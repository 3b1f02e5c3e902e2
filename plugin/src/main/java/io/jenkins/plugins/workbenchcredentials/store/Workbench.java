package io.jenkins.plugins.workbenchcredentials.store;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsStore;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionList;
import hudson.model.ModelObject;
import io.jenkins.plugins.workbenchcredentials.api.WorkbenchJsonApi;
import io.jenkins.plugins.workbenchcredentials.credentials.WorkbenchKubeconfigCredentials;
import io.jenkins.plugins.workbenchcredentials.expiry.ExpiryConfiguration;
import io.jenkins.plugins.workbenchcredentials.history.ChangeOrigin;
import io.jenkins.plugins.workbenchcredentials.history.ChangeSource;
import io.jenkins.plugins.workbenchcredentials.service.WorkbenchService;
import io.jenkins.plugins.workbenchcredentials.usage.UsageTracking;
import java.time.Clock;
import java.util.Map;
import java.util.WeakHashMap;
import jenkins.model.Jenkins;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The workbench of one credential store: the core's service over it, for the current user. Jenkins'
 * own store for Jenkins itself; a folder's store where the folders plugin gives the folder one.
 */
@Restricted(NoExternalUse.class)
public final class Workbench {
    // One lock and snapshot per store, kept while Jenkins keeps the store.
    private static final Map<CredentialsStore, Object> LOCKS = new WeakHashMap<>();
    private static final Map<CredentialsStore, SnapshotCache> CACHES = new WeakHashMap<>();

    private final CredentialsStore store;
    private final WorkbenchService service;

    private Workbench(CredentialsStore store, ChangeSource source) {
        this.store = store;
        StoreCredentialRepository repository;
        synchronized (LOCKS) {
            repository = new StoreCredentialRepository(
                    store,
                    LOCKS.computeIfAbsent(store, s -> new Object()),
                    CACHES.computeIfAbsent(store, s -> new SnapshotCache()));
        }
        // Where-used, last use and the delete guard see the recorded uses and the jobs that name the ID.
        this.service = new WorkbenchService(
                repository,
                UsageTracking.get().source(),
                new StoreAccessPolicy(store),
                Clock.systemUTC(),
                () -> new ChangeOrigin(Jenkins.getAuthentication2().getName(), source),
                () -> ExpiryConfiguration.get().policy());
    }

    /**
     * The workbench of the store that belongs to {@code context}, for its page and API; {@code null} if it
     * has none.
     */
    @CheckForNull
    public static Workbench of(@NonNull ModelObject context) {
        return of(context, ChangeSource.WORKBENCH);
    }

    /** The same, for a caller that its changes' history names by {@code source}, such as the CLI commands. */
    @CheckForNull
    public static Workbench of(@NonNull ModelObject context, @NonNull ChangeSource source) {
        CredentialsStore store = ownStore(context);
        return store == null ? null : new Workbench(store, source);
    }

    /**
     * The store kept by {@code context} itself, not one it inherits, and one that accepts the workbench
     * types (Jenkins' system store; a folder's store).
     */
    @CheckForNull
    public static CredentialsStore ownStore(@NonNull ModelObject context) {
        for (CredentialsStore store : CredentialsProvider.lookupStores(context)) {
            if (store.getContext() == context
                    && store.isApplicable(
                            ExtensionList.lookupSingleton(WorkbenchKubeconfigCredentials.DescriptorImpl.class))) {
                return store;
            }
        }
        return null;
    }

    @NonNull
    public CredentialsStore store() {
        return store;
    }

    @NonNull
    public WorkbenchService service() {
        return service;
    }

    @NonNull
    public WorkbenchJsonApi api() {
        return new WorkbenchJsonApi(service);
    }
}
