package io.jenkins.plugins.workbenchcredentials.usage;

import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import java.util.function.BiConsumer;

/** Port: where a host finds what depends on a credential. */
public interface UsageSource {
    WhereUsed whereUsed(CredentialId id);

    /** The most recent recorded use, or {@code null}; called once per listed credential, so it must be cheap. */
    RecordedUse lastUse(CredentialId id);

    /**
     * Calls {@code action} with the most recent use of every credential that has one. Sorting a list of
     * 100,000 credentials by last use walks these instead of asking for each credential in turn.
     */
    void forEachLastUse(BiConsumer<CredentialId, RecordedUse> action);

    /** A source that knows of no use, for hosts and tests that track none. */
    UsageSource NONE = new UsageSource() {
        @Override
        public WhereUsed whereUsed(CredentialId id) {
            return WhereUsed.none(id);
        }

        @Override
        public RecordedUse lastUse(CredentialId id) {
            return null;
        }

        @Override
        public void forEachLastUse(BiConsumer<CredentialId, RecordedUse> action) {
            // nothing recorded
        }
    };
}
