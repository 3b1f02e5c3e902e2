package io.jenkins.plugins.workbenchcredentials.usage;

import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import java.util.List;
import java.util.function.BiConsumer;

/** Where-used from both the definitions that name a credential and its recorded uses. */
public final class CombinedUsageSource implements UsageSource {
    private final StaticReferenceIndex references;
    private final UsageLedger ledger;
    private final List<String> notes;

    /** {@code notes} say what the host cannot see (e.g. Jenkinsfiles kept in SCM); shown with every answer. */
    public CombinedUsageSource(StaticReferenceIndex references, UsageLedger ledger, List<String> notes) {
        this.references = references;
        this.ledger = ledger;
        this.notes = List.copyOf(notes);
    }

    @Override
    public WhereUsed whereUsed(CredentialId id) {
        return new WhereUsed(id, references.referencesTo(id), ledger.uses(id), notes);
    }

    @Override
    public RecordedUse lastUse(CredentialId id) {
        return ledger.lastUse(id);
    }

    @Override
    public void forEachLastUse(BiConsumer<CredentialId, RecordedUse> action) {
        ledger.forEachLastUse(action);
    }
}
