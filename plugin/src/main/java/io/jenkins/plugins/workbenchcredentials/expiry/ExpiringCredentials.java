package io.jenkins.plugins.workbenchcredentials.expiry;

import com.cloudbees.plugins.credentials.CredentialsStore;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.ModelObject;
import hudson.security.ACL;
import hudson.security.ACLContext;
import io.jenkins.plugins.workbenchcredentials.store.Workbench;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import jenkins.util.Timer;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The stores whose workbench credentials have expired or expire within the threshold, worked out when a
 * store changes, when the threshold changes, once a day and at start, and kept: the administrative
 * monitor and its message only read what is kept here, so a page view costs nothing.
 */
@Extension
@Restricted(NoExternalUse.class)
public final class ExpiringCredentials {
    private static final Logger LOGGER = Logger.getLogger(ExpiringCredentials.class.getName());

    /** Store key ({@code ""} for Jenkins, a folder's full name) → its credentials needing attention. */
    private final Map<String, StoreExpiry> needingAttention = new ConcurrentHashMap<>();

    @NonNull
    public static ExpiringCredentials get() {
        return ExtensionList.lookupSingleton(ExpiringCredentials.class);
    }

    /** Whether any store has a credential that has expired or expires within the threshold. */
    public boolean needsAttention() {
        return !needingAttention.isEmpty();
    }

    /** The stores needing attention that the current user may view, Jenkins' own first. */
    @NonNull
    public List<StoreExpiry> visibleToCurrentUser() {
        List<StoreExpiry> visible = new ArrayList<>();
        for (StoreExpiry store : needingAttention.values()) {
            if (store.isVisibleToCurrentUser()) {
                visible.add(store);
            }
        }
        visible.sort(Comparator.comparing(StoreExpiry::key));
        return visible;
    }

    /** A store changed: worked out again in the background, not in the thread that saved it. */
    public void refreshSoon(@NonNull CredentialsStore store) {
        Timer.get().submit(() -> refresh(store));
    }

    /** The threshold changed, or a day went by: every store again, in the background. */
    public void refreshAllSoon() {
        Timer.get().submit(this::refreshAll);
    }

    /** Every store with workbench credentials: Jenkins' own and each folder's. */
    @SuppressWarnings("try") // the context is held for what it does on close, not referenced
    public void refreshAll() {
        try (ACLContext ignored = ACL.as2(ACL.SYSTEM2)) {
            List<String> current = new ArrayList<>();
            CredentialsStore jenkins = Workbench.ownStore(Jenkins.get());
            if (jenkins != null) {
                refresh(jenkins);
                current.add(StoreExpiry.keyOf(Jenkins.get()));
            }
            for (Item item : Jenkins.get().allItems(Item.class)) {
                if (item instanceof ItemGroup) {
                    CredentialsStore store = Workbench.ownStore(item);
                    if (store != null) {
                        refresh(store);
                        current.add(StoreExpiry.keyOf(item));
                    }
                }
            }
            // Folders deleted or renamed since: what was kept of them goes.
            needingAttention.keySet().retainAll(current);
        }
    }

    /** Works out one store now, as SYSTEM: the result is shown only to those who may view the store. */
    @SuppressWarnings("try") // the context is held for what it does on close, not referenced
    public void refresh(@NonNull CredentialsStore store) {
        ModelObject context = store.getContext();
        String key = StoreExpiry.keyOf(context);
        try (ACLContext ignored = ACL.as2(ACL.SYSTEM2)) {
            Workbench workbench = Workbench.of(context);
            if (workbench == null) {
                needingAttention.remove(key);
                return;
            }
            StoreExpiry found =
                    new StoreExpiry(key, context, store, workbench.service().expiring());
            if (found.summary().total() > 0) {
                needingAttention.put(key, found);
            } else {
                needingAttention.remove(key);
            }
        } catch (RuntimeException e) {
            LOGGER.log(Level.WARNING, "Could not work out the expiring credentials of " + key, e);
        }
    }
}
