package io.jenkins.plugins.workbenchcredentials.usage;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.AbstractItem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import jenkins.util.Timer;

/**
 * The index of every job's definition ({@code config.xml}: inline Pipeline scripts, the credential fields
 * of other jobs) by the credential IDs it names, so a where-used query is a lookup, not a read of every
 * job. Built in the background when Jenkins starts, and kept current as jobs are created, saved, moved
 * and deleted. Jobs whose Jenkinsfile is read from SCM cannot be seen into; the notes name them.
 */
final class JobReferenceIndex {
    /** How many of the jobs whose Jenkinsfile is in SCM a note names; the rest are counted. */
    static final int NAMES_IN_NOTE = 5;

    private static final Logger LOGGER = Logger.getLogger(JobReferenceIndex.class.getName());

    private final StaticReferenceIndex index = new StaticReferenceIndex();
    // The rest is guarded by this object's lock.
    private final Set<String> indexed = new HashSet<>();
    private final SortedSet<String> scriptsOutside = new TreeSet<>();
    /** Items a listener changed while the initial scan ran: the scan must not put back what it read before. */
    private final Set<String> changedDuringScan = new HashSet<>();

    private volatile boolean scanning;

    @NonNull
    StaticReferenceIndex index() {
        return index;
    }

    /** Indexes every item in the background; until it is done, where-used says it may miss references. */
    void scanInBackground() {
        synchronized (this) {
            scanning = true;
            changedDuringScan.clear();
        }
        // The timer's tasks run as SYSTEM, so every item is seen, whoever may read it.
        Timer.get().submit(this::scanAll);
    }

    private void scanAll() {
        try {
            for (AbstractItem item : Jenkins.get().allItems(AbstractItem.class)) {
                synchronized (this) {
                    if (!changedDuringScan.contains(item.getFullName())) {
                        put(item);
                    }
                }
            }
        } finally {
            synchronized (this) {
                scanning = false;
                changedDuringScan.clear();
            }
        }
    }

    synchronized void update(@NonNull AbstractItem item) {
        noteChange(item.getFullName());
        put(item);
    }

    synchronized void relocate(@NonNull AbstractItem item, @NonNull String oldFullName) {
        // Jenkins reports the move of each item inside a moved folder on its own.
        noteChange(oldFullName);
        drop(oldFullName);
        update(item);
    }

    /** Forgets the item and everything inside it (a folder's jobs are not all reported deleted). */
    synchronized void remove(@NonNull String fullName) {
        for (String name : List.copyOf(indexed)) {
            if (sameOrInside(name, fullName)) {
                noteChange(name);
                drop(name);
            }
        }
        noteChange(fullName);
    }

    /** What the index cannot tell, in the language of the current user. */
    @NonNull
    synchronized List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (scanning) {
            notes.add(Messages.JobReferenceIndex_Indexing());
        }
        if (!scriptsOutside.isEmpty()) {
            List<String> named = new ArrayList<>();
            for (String name : scriptsOutside) {
                if (named.size() == NAMES_IN_NOTE) {
                    break;
                }
                named.add(name);
            }
            String shown = String.join(", ", named) + (scriptsOutside.size() > named.size() ? ", \u2026" : "");
            notes.add(Messages.JobReferenceIndex_ScriptsInScm(scriptsOutside.size(), shown));
        }
        return notes;
    }

    static boolean sameOrInside(@NonNull String name, @NonNull String folder) {
        return name.equals(folder) || name.startsWith(folder + "/");
    }

    private void put(AbstractItem item) {
        String name = item.getFullName();
        JobDefinition definition;
        try {
            definition = JobConfigReader.read(item.getConfigFile().asString());
        } catch (IOException | IllegalArgumentException e) {
            LOGGER.log(Level.FINE, "Cannot index the definition of " + name, e);
            drop(name);
            return;
        }
        index.put(new StaticReference(name, item.getUrl(), definition.source()), definition.referenceText());
        indexed.add(name);
        // A branch job's Jenkinsfile is in SCM too, but its multibranch project already stands for it.
        if (definition.script() == JobDefinition.ScriptLocation.SCM
                || definition.script() == JobDefinition.ScriptLocation.MULTIBRANCH) {
            scriptsOutside.add(name);
        } else {
            scriptsOutside.remove(name);
        }
    }

    private void drop(String name) {
        index.remove(name);
        indexed.remove(name);
        scriptsOutside.remove(name);
    }

    private void noteChange(String name) {
        if (scanning) {
            changedDuringScan.add(name);
        }
    }
}
