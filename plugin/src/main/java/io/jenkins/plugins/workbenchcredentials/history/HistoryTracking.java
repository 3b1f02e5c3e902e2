package io.jenkins.plugins.workbenchcredentials.history;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsStore;
import com.cloudbees.plugins.credentials.domains.Domain;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.init.InitMilestone;
import hudson.init.Initializer;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.ModelObject;
import hudson.security.ACL;
import hudson.security.ACLContext;
import io.jenkins.plugins.workbenchcredentials.credentials.CoreCredentials;
import io.jenkins.plugins.workbenchcredentials.credentials.WorkbenchCredentials;
import io.jenkins.plugins.workbenchcredentials.ledger.WorkbenchLedger;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.store.Workbench;
import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Records the history of the workbench credentials of every store, whichever way they change: the
 * workbench's page, API and CLI, Jenkins' own credential pages, the REST API, Configuration as Code,
 * scripts. Each save of a store is compared with what it held before, and the entries are written to
 * the ledger file before the save returns, while the store still holds its lock.
 *
 * <p>A restart loses what a store held in memory; its traces in the ledger (type, revision, creation time
 * of each credential) stand in for it. Jenkins' own store is looked at before Configuration as Code
 * applies a configuration, each folder's once the folders are loaded; a difference found then is a
 * change made while nothing could record it, recorded as found at start.
 */
@Extension
@Restricted(NoExternalUse.class)
public final class HistoryTracking {
    private static final Logger LOGGER = Logger.getLogger(HistoryTracking.class.getName());

    private final Clock clock = Clock.systemUTC();
    /** Store key → credential ID → the object the store held when last seen (in memory only). */
    private final Map<String, Map<String, WorkbenchCredentials>> seen = new HashMap<>();
    /** Set once every folder was looked at: a store unseen after that is a new one. */
    private volatile boolean foldersLooked;

    @NonNull
    public static HistoryTracking get() {
        return ExtensionList.lookupSingleton(HistoryTracking.class);
    }

    /** Before Configuration as Code applies: what Jenkins' store holds now is the state to compare with. */
    @Initializer(after = InitMilestone.EXTENSIONS_AUGMENTED, before = InitMilestone.SYSTEM_CONFIG_LOADED, fatal = false)
    public static void lookAtJenkinsStore() {
        WorkbenchLedger.get().load();
        try {
            CredentialsStore store = Workbench.ownStore(Jenkins.get());
            if (store != null) {
                get().look(store, ChangeOrigin.system(ChangeSource.FOUND_AT_START));
            }
        } catch (RuntimeException e) {
            // Jenkins starts anyway; the store is compared at its first save instead.
            LOGGER.log(Level.WARNING, "Could not compare Jenkins' credentials with their history at start", e);
        }
    }

    /** The folders are loaded: compare each folder's store with its traces. */
    @SuppressWarnings("try") // the context is held for what it does on close, not referenced
    void itemsLoaded() {
        try (ACLContext ignored = ACL.as2(ACL.SYSTEM2)) {
            for (Item item : Jenkins.get().allItems(Item.class)) {
                if (item instanceof ItemGroup) {
                    CredentialsStore store = Workbench.ownStore(item);
                    if (store != null) {
                        look(store, ChangeOrigin.system(ChangeSource.FOUND_AT_START));
                    }
                }
            }
        }
        foldersLooked = true;
    }

    /** A store was saved: record what changed, with who changed it and through what. */
    void saved(@NonNull CredentialsStore store) {
        look(store, ChangeAttribution.current(clock));
    }

    /** The credential's history in that store, newest first. */
    @NonNull
    public List<HistoryEntry> history(@NonNull CredentialsStore store, @NonNull CredentialId id) {
        return WorkbenchLedger.get().history().entries(keyOf(store.getContext()), id);
    }

    /** A folder moved or was renamed: the histories of its stores follow it. */
    synchronized void relocated(@NonNull String oldFullName, @NonNull String newFullName) {
        HistoryBook book = WorkbenchLedger.get().history();
        book.relocate(oldFullName, newFullName);
        Map<String, Map<String, WorkbenchCredentials>> moved = new HashMap<>();
        seen.keySet().removeIf(key -> {
            if (HistoryBook.isAtOrUnder(key, oldFullName)) {
                moved.put(newFullName + key.substring(oldFullName.length()), seen.get(key));
                return true;
            }
            return false;
        });
        seen.putAll(moved);
        save();
    }

    /** A folder was deleted with its store: each credential it held is recorded as deleted. */
    synchronized void folderDeleted(@NonNull String fullName) {
        HistoryBook book = WorkbenchLedger.get().history();
        ChangeNote note = ChangeAttribution.current(clock);
        for (String key : book.storesAtOrUnder(fullName)) {
            Map<String, HistoryBook.Trace> traces = book.traces(key);
            if (traces != null) {
                traces.forEach((id, trace) -> book.record(key, CredentialId.of(id), deletion(trace.type(), note)));
            }
            book.forgetTraces(key);
            seen.remove(key);
        }
        save();
    }

    /**
     * A first look at a store after the start. Skipped when a save already showed the store: what was
     * read here may be older than what that save recorded.
     */
    private void look(CredentialsStore store, ChangeOrigin origin) {
        Map<String, WorkbenchCredentials> now = workbenchCredentials(store);
        String key = keyOf(store.getContext());
        synchronized (this) {
            if (!seen.containsKey(key)) {
                record(key, now, new ChangeNote(origin, clock.instant()), false);
            }
        }
    }

    /**
     * A save of the store, reported while the store holds its lock: what is read here is what was
     * saved, and saves of one store come one at a time. The store is read before this object's lock is
     * taken, so a store's lock is never awaited while it is held.
     */
    private void look(CredentialsStore store, ChangeNote note) {
        Map<String, WorkbenchCredentials> now = workbenchCredentials(store);
        String key = keyOf(store.getContext());
        synchronized (this) {
            record(key, now, note, foldersLooked);
        }
    }

    /**
     * @param unknownWasEmpty whether a store never seen (no traces either) held nothing before: true for a
     *     save once the folders were looked at, when such a store is new; false before, and for the look at
     *     start, when it is a store from before the history existed, whose credentials are not new
     */
    private void record(String key, Map<String, WorkbenchCredentials> now, ChangeNote note, boolean unknownWasEmpty) {
        HistoryBook book = WorkbenchLedger.get().history();
        Map<String, WorkbenchCredentials> before = seen.get(key);
        Map<String, HistoryBook.Trace> earlier = book.traces(key);
        if (before == null && earlier == null && unknownWasEmpty) {
            before = Map.of();
        }
        boolean changed = before != null
                ? compareObjects(book, key, before, now, note)
                : compareTraces(book, key, earlier, now, note);
        seen.put(key, now);
        Map<String, HistoryBook.Trace> traces = new LinkedHashMap<>();
        now.forEach((id, c) -> traces.put(id, trace(c)));
        boolean tracesChanged = !traces.equals(book.traces(key));
        book.setTraces(key, traces);
        changed |= book.prune(note.at());
        if (changed || tracesChanged) {
            save();
        }
    }

    /** Both states in memory: every field is compared, secrets too, and only their names are kept. */
    private static boolean compareObjects(
            HistoryBook book,
            String key,
            Map<String, WorkbenchCredentials> before,
            Map<String, WorkbenchCredentials> now,
            ChangeNote note) {
        boolean changed = false;
        for (Map.Entry<String, WorkbenchCredentials> current : now.entrySet()) {
            WorkbenchCredentials previous = before.get(current.getKey());
            HistoryEntry entry;
            if (previous == null) {
                entry = FieldChanges.creation(CoreCredentials.toCore(current.getValue()), note);
            } else if (previous == current.getValue()) {
                continue;
            } else {
                entry = FieldChanges.update(
                        CoreCredentials.toCore(previous), CoreCredentials.toCore(current.getValue()), note);
            }
            if (entry != null) {
                book.record(key, CredentialId.of(current.getKey()), entry);
                changed = true;
            }
        }
        for (Map.Entry<String, WorkbenchCredentials> previous : before.entrySet()) {
            if (!now.containsKey(previous.getKey())) {
                book.record(
                        key,
                        CredentialId.of(previous.getKey()),
                        FieldChanges.deletion(CoreCredentials.toCore(previous.getValue()), note));
                changed = true;
            }
        }
        return changed;
    }

    /**
     * Only traces of the earlier state (after a restart): a different revision, creation time or type is
     * a change whose fields cannot be told; a store never seen before records nothing but its traces.
     */
    private static boolean compareTraces(
            HistoryBook book,
            String key,
            @CheckForNull Map<String, HistoryBook.Trace> traces,
            Map<String, WorkbenchCredentials> now,
            ChangeNote note) {
        if (traces == null) {
            return false;
        }
        boolean changed = false;
        for (Map.Entry<String, WorkbenchCredentials> current : now.entrySet()) {
            HistoryBook.Trace was = traces.get(current.getKey());
            HistoryBook.Trace is = trace(current.getValue());
            CredentialId id = CredentialId.of(current.getKey());
            if (was == null) {
                book.record(key, id, FieldChanges.creation(CoreCredentials.toCore(current.getValue()), note));
                changed = true;
            } else if (!was.equals(is)) {
                List<String> fields = was.type().equals(is.type()) ? List.of() : List.of("type");
                book.record(
                        key,
                        id,
                        new HistoryEntry(
                                note.at(),
                                ChangeKind.UPDATED,
                                is.type(),
                                note.origin().actor(),
                                note.origin().source(),
                                fields));
                changed = true;
            }
        }
        for (Map.Entry<String, HistoryBook.Trace> was : traces.entrySet()) {
            if (!now.containsKey(was.getKey())) {
                book.record(
                        key,
                        CredentialId.of(was.getKey()),
                        deletion(was.getValue().type(), note));
                changed = true;
            }
        }
        return changed;
    }

    private static HistoryEntry deletion(String type, ChangeNote note) {
        return new HistoryEntry(
                note.at(),
                ChangeKind.DELETED,
                type,
                note.origin().actor(),
                note.origin().source(),
                List.of());
    }

    private static HistoryBook.Trace trace(WorkbenchCredentials c) {
        return new HistoryBook.Trace(
                CoreCredentials.toCore(c).type().wireName(),
                c.getRevision(),
                c.getCreatedAt().toEpochMilli());
    }

    /** The workbench credentials of the store's global domain, read as SYSTEM whoever is saving. */
    @SuppressWarnings("try") // the context is held for what it does on close, not referenced
    private static Map<String, WorkbenchCredentials> workbenchCredentials(CredentialsStore store) {
        Map<String, WorkbenchCredentials> byId = new LinkedHashMap<>();
        try (ACLContext ignored = ACL.as2(ACL.SYSTEM2)) {
            for (Credentials c : store.getCredentials(Domain.global())) {
                if (c instanceof WorkbenchCredentials workbench) {
                    byId.put(workbench.getId(), workbench);
                }
            }
        }
        return byId;
    }

    private static void save() {
        try {
            WorkbenchLedger.get().saveHistory();
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "Could not write the history of workbench credentials", e);
        }
    }

    /** {@code ""} for Jenkins' own store, a folder's full name for the folder's. */
    @NonNull
    static String keyOf(@NonNull ModelObject context) {
        return context instanceof Item item ? item.getFullName() : "";
    }
}
