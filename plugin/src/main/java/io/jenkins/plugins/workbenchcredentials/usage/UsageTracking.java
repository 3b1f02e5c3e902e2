package io.jenkins.plugins.workbenchcredentials.usage;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.model.AbstractItem;
import hudson.model.Cause;
import hudson.model.Item;
import hudson.model.Job;
import hudson.model.Run;
import io.jenkins.plugins.workbenchcredentials.credentials.WorkbenchCredentials;
import io.jenkins.plugins.workbenchcredentials.ledger.WorkbenchLedger;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import java.time.Clock;
import java.util.function.UnaryOperator;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What depends on the workbench credentials, for the page's where-used, the list's last-used and
 * used-by columns and the delete guard: the uses recorded as builds bind them (kept across restarts in
 * {@code $JENKINS_HOME}), and the job definitions that name them (an index kept current as jobs change).
 */
@Extension
@Restricted(NoExternalUse.class)
public final class UsageTracking {
    private final JobReferenceIndex references = new JobReferenceIndex();
    private final Clock clock = Clock.systemUTC();

    @NonNull
    public static UsageTracking get() {
        return ExtensionList.lookupSingleton(UsageTracking.class);
    }

    /** Where-used from both, with notes on what cannot be seen, in the language of the current user. */
    @NonNull
    public UsageSource source() {
        return new CombinedUsageSource(references.index(), ledger().uses(), references.notes());
    }

    /** Jenkins has loaded its jobs: read the recorded uses, and index every job in the background. */
    void started() {
        ledger().load();
        references.scanInBackground();
    }

    /** Jenkins is stopping: write what was recorded since the last save. */
    void stopping() {
        ledger().flush();
    }

    /** A build bound a credential (through this plugin's step or any other plugin). */
    void used(@NonNull WorkbenchCredentials credential, @NonNull Run<?, ?> run) {
        Job<?, ?> job = run.getParent();
        record(
                credential,
                new RecordedUse(
                        job.getFullName(),
                        job.getUrl(),
                        run.getDisplayName(),
                        run.getUrl(),
                        clock.instant(),
                        startedBy(run)));
    }

    /** A job used a credential outside a build, for example to poll its SCM. */
    void used(@NonNull WorkbenchCredentials credential, @NonNull Item item) {
        record(credential, new RecordedUse(item.getFullName(), item.getUrl(), null, null, clock.instant(), null));
    }

    /** A job's definition changed (created, copied, configured, saved): re-index it. */
    void definitionChanged(@NonNull AbstractItem item) {
        references.update(item);
    }

    /** A job or folder moved or was renamed: its references and recorded uses follow it. */
    void relocated(@NonNull AbstractItem item, @NonNull String oldFullName) {
        references.relocate(item, oldFullName);
        String newName = item.getFullName();
        String newUrl = item.getUrl();
        changeUses(use -> use.consumer().equals(oldFullName) ? relocatedUse(use, newName, newUrl) : use);
    }

    /** A job or folder was deleted: nothing it did can break any more. */
    void deleted(@NonNull String fullName) {
        references.remove(fullName);
        changeUses(use -> JobReferenceIndex.sameOrInside(use.consumer(), fullName) ? null : use);
    }

    private void record(WorkbenchCredentials credential, RecordedUse use) {
        ledger().uses().record(CredentialId.of(credential.getId()), use);
        ledger().usesChanged();
    }

    private void changeUses(UnaryOperator<RecordedUse> change) {
        ledger().uses().updateUses(change);
        ledger().usesChanged();
    }

    /** The build's URL moves with the job's: {@code job/old/7/} becomes {@code job/new/7/}. */
    private static RecordedUse relocatedUse(RecordedUse use, String newName, String newUrl) {
        String buildUrl = use.buildUrl();
        if (buildUrl != null && use.consumerUrl() != null && buildUrl.startsWith(use.consumerUrl())) {
            buildUrl = newUrl + buildUrl.substring(use.consumerUrl().length());
        }
        return new RecordedUse(newName, newUrl, use.build(), buildUrl, use.at(), use.user());
    }

    private static WorkbenchLedger ledger() {
        return WorkbenchLedger.get();
    }

    @CheckForNull
    private static String startedBy(Run<?, ?> run) {
        Cause.UserIdCause cause = run.getCause(Cause.UserIdCause.class);
        return cause == null ? null : cause.getUserId();
    }
}
