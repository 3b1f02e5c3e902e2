package io.jenkins.plugins.workbenchcredentials.usage;

import hudson.XmlFile;
import hudson.util.XStream2;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import java.io.File;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
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
 * Keeps the recorded uses in {@code $JENKINS_HOME/io.jenkins.plugins.workbenchcredentials.usage.xml}. A
 * change is written a few seconds later, together with whatever else changed meanwhile, so a busy
 * controller does not rewrite the file for every build; what is pending is written when Jenkins stops.
 * The ledger keeps at most the latest use per job and credential, which keeps the file small.
 */
final class UsageLedgerFile {
    static final String FILE_NAME = "io.jenkins.plugins.workbenchcredentials.usage.xml";
    static final long SAVE_DELAY_SECONDS = 5;

    private static final Logger LOGGER = Logger.getLogger(UsageLedgerFile.class.getName());
    // Short element names instead of class names: the file holds many of them.
    private static final XStream2 XSTREAM = new XStream2();

    static {
        XSTREAM.alias("workbench-credentials-usage", SavedUsage.class);
        XSTREAM.alias("use", SavedUsage.Use.class);
    }

    private final UsageLedger ledger;
    private final AtomicBoolean savePending = new AtomicBoolean();
    // Nothing is written before the file was read, or the uses kept in it would be lost.
    private volatile boolean loaded;

    UsageLedgerFile(UsageLedger ledger) {
        this.ledger = ledger;
    }

    synchronized void load() {
        if (loaded) {
            return;
        }
        XmlFile file = file();
        if (file.exists()) {
            try {
                Object read = file.read();
                if (read instanceof SavedUsage saved) {
                    ledger.restore(saved.toLedger());
                }
            } catch (IOException | RuntimeException e) {
                LOGGER.log(
                        Level.WARNING, "Could not read " + file + "; the recorded uses of credentials start anew", e);
            }
        }
        loaded = true;
    }

    /** Something was recorded: write it soon. */
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

    private void saveQuietly() {
        try {
            save();
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "Could not write " + file(), e);
        }
    }

    private synchronized void save() throws IOException {
        // Cleared first: a use recorded while writing schedules the next save.
        savePending.set(false);
        if (!loaded) {
            return;
        }
        file().write(SavedUsage.of(ledger.snapshot()));
    }

    private static XmlFile file() {
        return new XmlFile(XSTREAM, new File(Jenkins.get().getRootDir(), FILE_NAME));
    }

    /** The file's form: one flat list of uses, each naming its credential. */
    static final class SavedUsage {
        private List<Use> uses = new ArrayList<>();

        static SavedUsage of(Map<CredentialId, List<RecordedUse>> snapshot) {
            SavedUsage saved = new SavedUsage();
            snapshot.forEach((id, uses) -> uses.forEach(use -> saved.uses.add(Use.of(id, use))));
            return saved;
        }

        Map<CredentialId, List<RecordedUse>> toLedger() {
            Map<CredentialId, List<RecordedUse>> ledger = new LinkedHashMap<>();
            if (uses == null) {
                return ledger;
            }
            for (Use use : uses) {
                if (use != null && use.isComplete()) {
                    ledger.computeIfAbsent(CredentialId.of(use.id), k -> new ArrayList<>())
                            .add(use.toRecordedUse());
                }
            }
            return ledger;
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
    }
}
