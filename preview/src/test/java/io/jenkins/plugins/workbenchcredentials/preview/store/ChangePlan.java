package io.jenkins.plugins.workbenchcredentials.preview.store;

import io.jenkins.plugins.workbenchcredentials.history.ChangeNote;
import io.jenkins.plugins.workbenchcredentials.history.ChangeOrigin;
import io.jenkins.plugins.workbenchcredentials.history.ChangeSource;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.model.CredentialPayload;
import io.jenkins.plugins.workbenchcredentials.model.SecretValue;
import io.jenkins.plugins.workbenchcredentials.service.CredentialRepository;
import io.jenkins.plugins.workbenchcredentials.service.InMemoryCredentialRepository;

/**
 * A fixed sequence of creations, updates and deletions, so that what a writer did before it was killed
 * can be replayed on core's reference repository and compared, credentials and histories, with what
 * the store holds. Change {@code n} concerns {@code item-(n/4)}: it is created, its description
 * changed, its token changed, then every other item is deleted and the rest described again. Each
 * change is recorded at its own second, by one actor.
 */
final class ChangePlan {
    static final ChangeOrigin WRITER = new ChangeOrigin("writer", ChangeSource.WORKBENCH_CLI);

    private ChangePlan() {}

    static String id(int n) {
        return "item-" + n / 4;
    }

    static ChangeNote note(int n) {
        return new ChangeNote(WRITER, StoreFixture.CREATED.plusSeconds(n));
    }

    /** Makes change {@code n}. */
    static void apply(int n, CredentialRepository repository) {
        String id = id(n);
        CredentialId credentialId = CredentialId.of(id);
        ChangeNote note = note(n);
        switch (n % 4) {
            case 0 -> repository.insert(StoreFixture.secretText(id, "token-" + n + "-" + StoreWriter.PADDING), note);
            case 2 ->
                repository.update(
                        credentialId,
                        c -> c.changed(
                                c.description(),
                                c.scope(),
                                new CredentialPayload.SecretText(
                                        SecretValue.of("token-" + n + "-" + StoreWriter.PADDING)),
                                note.at()),
                        note);
            case 3 -> {
                if ((n / 4) % 2 == 0) {
                    repository.delete(credentialId, note);
                } else {
                    describe(repository, credentialId, n, note);
                }
            }
            default -> describe(repository, credentialId, n, note);
        }
    }

    /** The first {@code count} changes, made on core's in-memory repository. */
    static InMemoryCredentialRepository replay(int count) {
        InMemoryCredentialRepository repository = new InMemoryCredentialRepository();
        for (int n = 0; n < count; n++) {
            apply(n, repository);
        }
        return repository;
    }

    private static void describe(CredentialRepository repository, CredentialId id, int n, ChangeNote note) {
        repository.update(id, c -> c.changed("change " + n, c.scope(), c.payload(), note.at()), note);
    }
}
