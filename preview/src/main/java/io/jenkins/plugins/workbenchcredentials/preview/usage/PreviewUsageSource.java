package io.jenkins.plugins.workbenchcredentials.preview.usage;

import io.jenkins.plugins.workbenchcredentials.error.Messages;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.preview.store.PersistentUsage;
import io.jenkins.plugins.workbenchcredentials.usage.RecordedUse;
import io.jenkins.plugins.workbenchcredentials.usage.UsageSource;
import io.jenkins.plugins.workbenchcredentials.usage.WhereUsed;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Where-used in the preview: the Jenkinsfiles of the pipelines folder (if one was given) and the uses
 * that {@code exec} recorded in the store. Both are as of the last {@link #refresh()}.
 */
public final class PreviewUsageSource implements UsageSource {
    private final PipelineFolder pipelines;
    private final PersistentUsage recorded;

    /** @param pipelines {@code null} when no pipelines folder was given */
    public PreviewUsageSource(PipelineFolder pipelines, PersistentUsage recorded) {
        this.pipelines = pipelines;
        this.recorded = recorded;
    }

    /** Picks up Jenkinsfiles and recorded uses changed since the last call, by this process or another. */
    public void refresh() {
        recorded.refresh();
        if (pipelines != null) {
            pipelines.refresh();
        }
    }

    @Override
    public WhereUsed whereUsed(CredentialId id) {
        if (pipelines == null) {
            return new WhereUsed(id, List.of(), recorded.ledger().uses(id), List.of(Messages.format("pipelines.none")));
        }
        return new WhereUsed(id, pipelines.referencesTo(id), recorded.ledger().uses(id), pipelines.notes());
    }

    @Override
    public RecordedUse lastUse(CredentialId id) {
        return recorded.ledger().lastUse(id);
    }

    @Override
    public void forEachLastUse(BiConsumer<CredentialId, RecordedUse> action) {
        recorded.ledger().forEachLastUse(action);
    }
}
