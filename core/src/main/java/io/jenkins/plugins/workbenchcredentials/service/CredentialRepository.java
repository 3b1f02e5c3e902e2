package io.jenkins.plugins.workbenchcredentials.service;

import io.jenkins.plugins.workbenchcredentials.history.ChangeNote;
import io.jenkins.plugins.workbenchcredentials.history.FieldChanges;
import io.jenkins.plugins.workbenchcredentials.history.HistoryEntry;
import io.jenkins.plugins.workbenchcredentials.model.Credential;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Port: where credentials are kept (Jenkins' credential stores, the preview's encrypted file). Each
 * operation is atomic: two callers never both insert the same ID, and an update applies its change to
 * the state current at that moment, so concurrent updates are never lost.
 *
 * <p>Every change is recorded in the credential's history ({@link FieldChanges} makes the entry) in the
 * same step as the change itself, so that neither is ever kept without the other.
 */
public interface CredentialRepository {
    /**
     * A snapshot of all credentials, in no particular order. Returning the same list instance for as
     * long as nothing changes lets the service reuse its search index between requests.
     */
    List<Credential> list();

    Optional<Credential> find(CredentialId id);

    /** Adds a credential; fails with {@code CONFLICT} on field {@code id} if the ID exists. */
    void insert(Credential credential, ChangeNote note);

    /**
     * Replaces a credential by {@code change} applied to its current state; fails with
     * {@code NOT_FOUND} if it does not exist. An exception from {@code change} leaves it as it was.
     */
    Credential update(CredentialId id, UnaryOperator<Credential> change, ChangeNote note);

    /** Removes a credential; {@code false} if it did not exist. */
    boolean delete(CredentialId id, ChangeNote note);

    /**
     * The credential's change history, newest first, also after it was deleted (for
     * {@link io.jenkins.plugins.workbenchcredentials.history.CredentialHistory#DELETED_KEPT}); empty if
     * there is none.
     */
    List<HistoryEntry> history(CredentialId id);
}
