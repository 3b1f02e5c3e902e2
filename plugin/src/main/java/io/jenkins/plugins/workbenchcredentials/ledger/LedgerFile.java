package io.jenkins.plugins.workbenchcredentials.ledger;

import hudson.XmlFile;
import hudson.util.XStream2;
import io.jenkins.plugins.workbenchcredentials.history.ChangeKind;
import io.jenkins.plugins.workbenchcredentials.history.ChangeSource;
import io.jenkins.plugins.workbenchcredentials.history.HistoryBook;
import io.jenkins.plugins.workbenchcredentials.history.HistoryEntry;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.usage.RecordedUse;
import io.jenkins.plugins.workbenchcredentials.usage.UsageLedger;
import java.io.File;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import jenkins.util.Timer;

/**
 * Keeps the recorded uses and the change history in {@code $JENKINS_HOME/io.jenkins.plugins.workbenchcredentials.usage.xml},
 * written atomically. Uses are written a few seconds after they are recorded, together with whatever
 * else was recorded meanwhile, so a busy controller does not rewrite the file for every build; what is
 * pending is written when Jenkins stops. A change of a credential is written at once, while the store
 * that changed still holds its lock. No value of any credential is ever in the file.
 */
final class LedgerFile {
    static final String FILE_NAME = "io.jenkins.plugins.workbenchcredentials.usage.xml";
    static final long SAVE_DELAY_SECONDS = 5;

    private static final Logger LOGGER = Logger.getLogger(LedgerFile.class.getName());
    // Short element names instead of class names: the file holds many of them.
    private static final XStream2 XSTREAM = new XStream2();

    static {
        XSTREAM.alias("workbench-credentials-usage", Saved.class);
        XSTREAM.alias("use", Saved.Use.class);
        XSTREAM.alias("change", Saved.Change.class);
        XSTREAM.alias("trace", Saved.Trace.class);
    }

    private final UsageLedger uses;
    private final HistoryBook history;
    private final AtomicBoolean savePending = new AtomicBoolean();
    // Nothing is written before the file was read, or what it holds would be lost.
    private volatile boolean loaded;

    LedgerFile(UsageLedger uses, HistoryBook history) {
        this.uses = uses;
        this.history = history;
    }

    synchronized void load() {
        if (loaded) {
            return;
        }
        XmlFile file = file();
        if (file.exists()) {
            try {
                Object read = file.read();
                if (read instanceof Saved saved) {
                    uses.restore(saved.uses());
                    history.restore(saved.changes(), saved.tracesByStore());
                }
            } catch (IOException | RuntimeException e) {
                LOGGER.log(
                        Level.WARNING,
                        "Could not read " + file + "; the recorded uses and history of credentials start anew",
                        e);
            }
        }
        loaded = true;
    }

    /** Uses were recorded: write them soon. */
    void changed() {
        if (savePending.compareAndSet(false, true)) {
            Timer.get().schedule(this::saveQuietly, SAVE_DELAY_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** Writes what is pending now. */
    void flush() {
        if (savePending.get()) {
            saveQuietly();
        }
    }

    /** Writes everything now, before the caller goes on: for the history of a change. */
    synchronized void save() throws IOException {
        // Cleared first: a use recorded while writing schedules the next save.
        savePending.set(false);
        if (!loaded) {
            load();
        }
        file().write(Saved.of(uses.snapshot(), history.snapshot(), history.tracesSnapshot()));
    }

    private void saveQuietly() {
        try {
            save();
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "Could not write " + file(), e);
        }
    }

    private static XmlFile file() {
        return new XmlFile(XSTREAM, new File(Jenkins.get().getRootDir(), FILE_NAME));
    }

    /** The file's form: flat lists of uses, changes and traces, each naming its store and credential. */
    static final class Saved {
        private List<Use> uses = new ArrayList<>();
        private List<Change> changes = new ArrayList<>();
        private List<Trace> traces = new ArrayList<>();

        static Saved of(
                Map<CredentialId, List<RecordedUse>> uses,
                Map<String, Map<CredentialId, List<HistoryEntry>>> changes,
                Map<String, Map<String, HistoryBook.Trace>> traces) {
            Saved saved = new Saved();
            uses.forEach((id, list) -> list.forEach(use -> saved.uses.add(Use.of(id, use))));
            changes.forEach((store, byId) -> byId.forEach(
                    (id, entries) -> entries.forEach(entry -> saved.changes.add(Change.of(store, id, entry)))));
            traces.forEach((store, byId) -> byId.forEach((id, trace) -> saved.traces.add(Trace.of(store, id, trace))));
            return saved;
        }

        Map<CredentialId, List<RecordedUse>> uses() {
            Map<CredentialId, List<RecordedUse>> ledger = new LinkedHashMap<>();
            for (Use use : nonNull(uses)) {
                if (use != null && use.isComplete()) {
                    ledger.computeIfAbsent(CredentialId.of(use.id), k -> new ArrayList<>())
                            .add(use.toRecordedUse());
                }
            }
            return ledger;
        }

        /** Oldest first per credential, as written; an entry edited into nonsense is dropped. */
        Map<String, Map<CredentialId, List<HistoryEntry>>> changes() {
            Map<String, Map<CredentialId, List<HistoryEntry>>> byStore = new LinkedHashMap<>();
            for (Change change : nonNull(changes)) {
                HistoryEntry entry = change == null ? null : change.toEntry();
                if (entry != null) {
                    byStore.computeIfAbsent(change.store, k -> new LinkedHashMap<>())
                            .computeIfAbsent(CredentialId.of(change.id), k -> new ArrayList<>())
                            .add(entry);
                }
            }
            return byStore;
        }

        Map<String, Map<String, HistoryBook.Trace>> tracesByStore() {
            Map<String, Map<String, HistoryBook.Trace>> byStore = new LinkedHashMap<>();
            for (Trace trace : nonNull(traces)) {
                if (trace != null && trace.isComplete()) {
                    byStore.computeIfAbsent(trace.store, k -> new LinkedHashMap<>())
                            .put(trace.id, new HistoryBook.Trace(trace.type, trace.revision, trace.createdAt));
                }
            }
            return byStore;
        }

        private static <T> List<T> nonNull(List<T> list) {
            return list == null ? List.of() : list;
        }

        static final class Use {
            private String id;
            private String consumer;
            private String consumerUrl;
            private String build;
            private String buildUrl;
            private long at;
            private String user;

            static Use of(CredentialId id, RecordedUse recorded) {
                Use use = new Use();
                use.id = id.value();
                use.consumer = recorded.consumer();
                use.consumerUrl = recorded.consumerUrl();
                use.build = recorded.build();
                use.buildUrl = recorded.buildUrl();
                use.at = recorded.at().toEpochMilli();
                use.user = recorded.user();
                return use;
            }

            /** A use edited by hand into something the ledger cannot hold is dropped. */
            boolean isComplete() {
                return CredentialId.isValid(id) && consumer != null;
            }

            RecordedUse toRecordedUse() {
                return new RecordedUse(consumer, consumerUrl, build, buildUrl, Instant.ofEpochMilli(at), user);
            }
        }

        /** One history entry: field names joined by commas, never a field's value. */
        static final class Change {
            private String store;
            private String id;
            private long at;
            private String action;
            private String type;
            private String actor;
            private String source;
            private String fields;

            static Change of(String store, CredentialId id, HistoryEntry entry) {
                Change change = new Change();
                change.store = store;
                change.id = id.value();
                change.at = entry.at().toEpochMilli();
                change.action = entry.action().wireName();
                change.type = entry.type();
                change.actor = entry.actor();
                change.source = entry.source().wireName();
                change.fields = String.join(",", entry.fields());
                return change;
            }

            HistoryEntry toEntry() {
                if (store == null || !CredentialId.isValid(id) || type == null || actor == null) {
                    return null;
                }
                try {
                    return new HistoryEntry(
                            Instant.ofEpochMilli(at),
                            ChangeKind.fromWireName(action),
                            type,
                            actor,
                            ChangeSource.fromWireName(source),
                            fields == null || fields.isEmpty() ? List.of() : Arrays.asList(fields.split(",")));
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }

        static final class Trace {
            private String store;
            private String id;
            private String type;
            private long revision;
            private long createdAt;

            static Trace of(String store, String id, HistoryBook.Trace seen) {
                Trace trace = new Trace();
                trace.store = store;
                trace.id = id;
                trace.type = seen.type();
                trace.revision = seen.revision();
                trace.createdAt = seen.createdAt();
                return trace;
            }

            boolean isComplete() {
                return store != null && CredentialId.isValid(id) && type != null;
            }
        }
    }
}
