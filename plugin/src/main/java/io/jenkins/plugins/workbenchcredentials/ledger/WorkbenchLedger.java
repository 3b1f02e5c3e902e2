package io.jenkins.plugins.workbenchcredentials.ledger;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import io.jenkins.plugins.workbenchcredentials.history.HistoryBook;
import io.jenkins.plugins.workbenchcredentials.usage.UsageLedger;
import java.io.IOException;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What the workbench records beside the credential stores, kept in one file in {@code $JENKINS_HOME}:
 * the uses of credentials by builds and jobs, and the history of changes to them.
 */
@Extension
@Restricted(NoExternalUse.class)
public final class WorkbenchLedger {
    private final UsageLedger uses = new UsageLedger();
    private final HistoryBook history = new HistoryBook();
    private final LedgerFile file = new LedgerFile(uses, history);

    @NonNull
    public static WorkbenchLedger get() {
        return ExtensionList.lookupSingleton(WorkbenchLedger.class);
    }

    /** Reads the file, once; until then nothing is written, so nothing in it is lost. */
    public void load() {
        file.load();
    }

    @NonNull
    public UsageLedger uses() {
        return uses;
    }

    @NonNull
    public HistoryBook history() {
        return history;
    }

    /** Uses were recorded: they are written a few seconds later. */
    public void usesChanged() {
        file.changed();
    }

    /** The history changed: written before this returns. */
    public void saveHistory() throws IOException {
        file.save();
    }

    /** Jenkins is stopping: writes what is pending. */
    public void flush() {
        file.flush();
    }
}
