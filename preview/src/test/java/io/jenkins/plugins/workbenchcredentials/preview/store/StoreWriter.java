package io.jenkins.plugins.workbenchcredentials.preview.store;

import io.jenkins.plugins.workbenchcredentials.model.Credential;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import java.nio.file.Path;

/**
 * A process that writes to a store, for the tests that kill writers or race them:
 * {@code insert FOLDER FIRST} inserts item-FIRST, item-FIRST+1, … until killed, printing "wrote N" after
 * each write returns; {@code changes FOLDER FIRST} makes the {@link ChangePlan}'s changes from FIRST on
 * until killed, printing "wrote N" after each; {@code increment FOLDER N} adds one to the counter
 * credential's description N times.
 */
public final class StoreWriter {
    /** Makes each write a few hundred kilobytes, so a kill often lands in the middle of one. */
    static final String PADDING = "p".repeat(16 * 1024);

    private StoreWriter() {}

    public static void main(String[] args) {
        String mode = args[0];
        StoreFixture store = new StoreFixture(Path.of(args[1]));
        int n = Integer.parseInt(args[2]);
        if (mode.equals("changes")) {
            for (int i = n; ; i++) {
                ChangePlan.apply(i, store.repository);
                System.out.println("wrote " + i);
                System.out.flush();
            }
        }
        if (mode.equals("insert")) {
            for (int i = n; ; i++) {
                store.repository.insert(
                        StoreFixture.secretText("item-" + i, "token-" + i + "-" + PADDING), StoreFixture.note());
                System.out.println("wrote " + i);
                System.out.flush();
            }
        }
        for (int i = 0; i < n; i++) {
            store.repository.update(CredentialId.of("counter"), StoreWriter::increment, StoreFixture.note());
        }
        System.out.println("done");
    }

    static Credential increment(Credential counter) {
        int value = Integer.parseInt(counter.description());
        return counter.changed(String.valueOf(value + 1), counter.scope(), counter.payload(), counter.updatedAt());
    }
}
