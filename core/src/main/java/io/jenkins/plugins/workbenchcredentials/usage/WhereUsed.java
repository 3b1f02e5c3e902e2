package io.jenkins.plugins.workbenchcredentials.usage;

import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything known to depend on a credential: definitions that reference its ID, and recorded uses
 * (newest first). {@code notes} tell what the host could not see, e.g. Jenkinsfiles kept in SCM.
 */
public record WhereUsed(CredentialId id, List<StaticReference> references, List<RecordedUse> uses, List<String> notes) {

    public WhereUsed {
        references = List.copyOf(references);
        uses = List.copyOf(uses);
        notes = List.copyOf(notes);
    }

    public static WhereUsed none(CredentialId id) {
        return new WhereUsed(id, List.of(), List.of(), List.of());
    }

    /** The most recent recorded use, or {@code null}. */
    public RecordedUse lastUse() {
        return uses.isEmpty() ? null : uses.get(0);
    }

    /** The distinct consumers, referencing ones first: what the delete dialog lists as breaking. */
    public Set<String> dependents() {
        Set<String> names = new LinkedHashSet<>();
        references.forEach(r -> names.add(r.consumer()));
        uses.forEach(u -> names.add(u.consumer()));
        return names;
    }

    public boolean isUsed() {
        return !references.isEmpty() || !uses.isEmpty();
    }
}
