package io.jenkins.plugins.workbenchcredentials.preview.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.workbenchcredentials.history.ChangeKind;
import io.jenkins.plugins.workbenchcredentials.history.HistoryEntry;
import io.jenkins.plugins.workbenchcredentials.model.Credential;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.preview.testing.Jvm;
import io.jenkins.plugins.workbenchcredentials.service.CredentialRepository;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store against real processes: writers killed at random moments, and writers racing each other;
 * each time, the credentials and their change histories on disk are checked together.
 */
class StoreCrashIT {
    private static final int ROUNDS = 12;
    private static final int WARM_UP_WRITES = 3;
    /** How many changes past the last acknowledged one a store is compared with. */
    private static final int UNACKNOWLEDGED_SEARCHED = 16;

    @TempDir
    Path folder;

    @Test
    void killingAWriterAtAnyMomentLeavesTheOldOrTheNewState() throws Exception {
        Random random = new Random();
        int next = 0;
        for (int round = 0; round < ROUNDS; round++) {
            int acknowledged = next + killWhileWriting("insert", next, random) - 1;

            List<Credential> stored = new StoreFixture(folder).repository.list();
            int count = stored.size();
            assertThat(stored)
                    .extracting(c -> c.id().value())
                    .as("round %d: items 0 to %d, none lost or half-written", round, count - 1)
                    .containsExactlyElementsOf(expectedIds(count));
            assertThat(count - 1)
                    .as("round %d: every acknowledged write is there, at most one more", round)
                    .isBetween(acknowledged, acknowledged + 1);
            next = count;
        }
        assertThat(next).as("the writers got somewhere").isGreaterThan(ROUNDS);

        // The next change cleans up what the killed writers left half-done.
        new StoreFixture(folder)
                .repository.insert(StoreFixture.secretText("after", "token-after"), StoreFixture.note());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("credentials.wbc", "store.key", "store.lock");
        }
    }

    /**
     * Creations, updates and deletions, the writer killed at random moments: after each kill the store
     * holds exactly the credentials and the histories of the changes made so far (every acknowledged
     * one, at most one more), so no change is ever on disk without its entry, nor an entry without
     * its change.
     */
    @Test
    void killingAWriterNeverSeparatesAChangeFromItsHistoryEntry() throws Exception {
        Random random = new Random();
        int made = 0;
        for (int round = 0; round < ROUNDS; round++) {
            int acknowledged = made + killWhileWriting("changes", made, random);

            FileCredentialRepository stored = new StoreFixture(folder).repository;
            assertEveryCredentialHasExactlyItsEntries(stored, round);
            // The rule checked here is that the store is always exactly the first n changes of the plan,
            // credentials and histories together, with every acknowledged change among them. How far a
            // killed writer gets past its last acknowledgement is the insert test's concern.
            int found = -1;
            for (int candidate = acknowledged;
                    candidate <= acknowledged + UNACKNOWLEDGED_SEARCHED && found < 0;
                    candidate++) {
                if (sameState(stored, ChangePlan.replay(candidate), candidate)) {
                    found = candidate;
                }
            }
            if (found < 0) {
                assertSameState(stored, ChangePlan.replay(acknowledged), acknowledged, round);
            }
            assertThat(found)
                    .as("round %d: the store holds the first n changes, n at least %d", round, acknowledged)
                    .isGreaterThanOrEqualTo(acknowledged);
            made = found;
        }
        assertThat(made).as("the writers got somewhere").isGreaterThan(ROUNDS);
        assertThat(made / 4).as("items were created and deleted").isGreaterThan(2);
    }

    @Test
    void writersInTwoProcessesNeverLoseAnUpdate() throws Exception {
        Credential counter = StoreFixture.secretText("counter", "token-counter");
        new StoreFixture(folder)
                .repository.insert(
                        counter.changed("0", counter.scope(), counter.payload(), counter.updatedAt()),
                        StoreFixture.note());
        int incrementsEach = 40;
        List<Process> writers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            writers.add(new ProcessBuilder(Jvm.mainClass(
                            StoreWriter.class, List.of("increment", folder.toString(), String.valueOf(incrementsEach))))
                    .redirectErrorStream(true)
                    .start());
        }
        for (Process writer : writers) {
            String output = new String(writer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(writer.waitFor()).as(output).isZero();
        }
        Credential after = new StoreFixture(folder)
                .repository
                .find(CredentialId.of("counter"))
                .orElseThrow();
        assertThat(after.description()).isEqualTo(String.valueOf(2 * incrementsEach));
        assertThat(after.revision()).isEqualTo(2 + 2 * incrementsEach);
        List<HistoryEntry> history = new StoreFixture(folder).repository.history(CredentialId.of("counter"));
        assertThat(history).as("no entry lost either").hasSize(1 + 2 * incrementsEach);
        assertThat(history.subList(0, 2 * incrementsEach))
                .allSatisfy(entry -> assertThat(entry.fields()).containsExactly("description"));
        assertThat(history.get(2 * incrementsEach).action()).isEqualTo(ChangeKind.CREATED);
    }

    /**
     * Runs a writer in {@code mode} from {@code from}, lets it make a few writes, learns how long one
     * takes and kills it (SIGKILL) late in a cycle, where the file is being written.
     *
     * @return how many writes it acknowledged
     */
    private int killWhileWriting(String mode, int from, Random random) throws Exception {
        Process writer = new ProcessBuilder(
                        Jvm.mainClass(StoreWriter.class, List.of(mode, folder.toString(), String.valueOf(from))))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Acknowledgements acks = new Acknowledgements(writer);
        acks.await(WARM_UP_WRITES + 1);
        long cycle = acks.averageInterval();
        long lastAt = acks.await(acks.count() + 1);
        long killAt = lastAt + (long) (cycle * (0.5 + 0.6 * random.nextDouble()));
        while (System.nanoTime() < killAt) {
            Thread.onSpinWait();
        }
        writer.destroyForcibly(); // SIGKILL
        writer.waitFor(60, TimeUnit.SECONDS);
        return acks.finish();
    }

    /**
     * The rule itself, whatever the changes were: each credential's history, since it was last created,
     * has one entry for each of its revisions (every change of the plan changes a field), and an ID
     * with a history but no credential was deleted last.
     */
    private static void assertEveryCredentialHasExactlyItsEntries(FileCredentialRepository stored, int round) {
        Set<String> live = new HashSet<>();
        for (Credential credential : stored.list()) {
            live.add(credential.id().value());
            List<HistoryEntry> entries = stored.history(credential.id());
            int sinceCreated = 0;
            while (sinceCreated < entries.size() && entries.get(sinceCreated).action() != ChangeKind.CREATED) {
                sinceCreated++;
            }
            assertThat(sinceCreated)
                    .as("round %d: %s has a creation entry", round, credential.id())
                    .isLessThan(entries.size());
            assertThat(sinceCreated + 1L)
                    .as(
                            "round %d: %s at revision %d has one entry per revision",
                            round, credential.id(), credential.revision())
                    .isEqualTo(credential.revision());
            assertThat(entries.get(0).action()).isNotEqualTo(ChangeKind.DELETED);
        }
        for (int item = 0; ; item++) {
            CredentialId id = CredentialId.of("item-" + item);
            List<HistoryEntry> entries = stored.history(id);
            if (entries.isEmpty()) {
                assertThat(live)
                        .as("round %d: no credential without a history", round)
                        .doesNotContain(id.value());
                break;
            }
            if (!live.contains(id.value())) {
                assertThat(entries.get(0).action())
                        .as("round %d: %s is gone because it was deleted", round, id)
                        .isEqualTo(ChangeKind.DELETED);
            }
        }
    }

    /** Whether the store holds what the first {@code count} changes make: credentials and histories. */
    private static boolean sameState(FileCredentialRepository stored, CredentialRepository expected, int count) {
        if (!new HashSet<>(stored.list()).equals(new HashSet<>(expected.list()))) {
            return false;
        }
        for (int n = 0; n < count + 4; n += 4) {
            CredentialId id = CredentialId.of(ChangePlan.id(n));
            if (!stored.history(id).equals(expected.history(id))) {
                return false;
            }
        }
        return true;
    }

    /** As {@link #sameState}, failing with the difference. */
    private static void assertSameState(
            FileCredentialRepository stored, CredentialRepository expected, int count, int round) {
        assertThat(stored.list())
                .as("round %d: the credentials of %d changes", round, count)
                .containsExactlyInAnyOrderElementsOf(expected.list());
        for (int n = 0; n < count + 4; n += 4) {
            CredentialId id = CredentialId.of(ChangePlan.id(n));
            assertThat(stored.history(id))
                    .as("round %d: the history of %s after %d changes", round, id, count)
                    .isEqualTo(expected.history(id));
        }
    }

    /** When the writer reported each completed write, read from its output as it prints. */
    private static final class Acknowledgements {
        private final Process writer;
        private final List<Long> times = new ArrayList<>();
        private final Thread reader;

        Acknowledgements(Process writer) {
            this.writer = writer;
            this.reader = new Thread(() -> {
                try (BufferedReader out =
                        new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        if (line.startsWith("wrote ")) {
                            synchronized (times) {
                                times.add(System.nanoTime());
                            }
                        }
                    }
                } catch (Exception e) {
                    // The writer was killed.
                }
            });
            reader.start();
        }

        int count() {
            synchronized (times) {
                return times.size();
            }
        }

        /** Waits for the n-th acknowledgement; returns when it came. */
        long await(int n) throws InterruptedException {
            while (count() < n) {
                if (!writer.isAlive()) {
                    throw new AssertionError("the writer died by itself");
                }
                Thread.sleep(1);
            }
            synchronized (times) {
                return times.get(n - 1);
            }
        }

        long averageInterval() {
            synchronized (times) {
                return (times.get(times.size() - 1) - times.get(0)) / (times.size() - 1);
            }
        }

        /** Reads what the killed writer printed last; returns how many writes it acknowledged. */
        int finish() throws InterruptedException {
            reader.join(TimeUnit.SECONDS.toMillis(60));
            return count();
        }
    }

    private static List<String> expectedIds(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add("item-" + i);
        }
        return ids;
    }
}
