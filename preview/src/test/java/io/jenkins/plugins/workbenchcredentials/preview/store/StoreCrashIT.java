package io.jenkins.plugins.workbenchcredentials.preview.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.workbenchcredentials.model.Credential;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.preview.testing.Jvm;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store against real processes: writers killed at random moments, and writers racing each other. */
class StoreCrashIT {
    private static final int ROUNDS = 12;
    private static final int WARM_UP_WRITES = 3;

    @TempDir
    Path folder;

    @Test
    void killingAWriterAtAnyMomentLeavesTheOldOrTheNewState() throws Exception {
        Random random = new Random();
        int next = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Process writer = new ProcessBuilder(Jvm.mainClass(
                            StoreWriter.class, List.of("insert", folder.toString(), String.valueOf(next))))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            Acknowledgements acks = new Acknowledgements(writer);
            // Learn how long one write takes, then kill late in a cycle, where the file is being written.
            acks.await(WARM_UP_WRITES + 1);
            long cycle = acks.averageInterval();
            long lastAt = acks.await(acks.count() + 1);
            long killAt = lastAt + (long) (cycle * (0.5 + 0.6 * random.nextDouble()));
            while (System.nanoTime() < killAt) {
                Thread.onSpinWait();
            }
            writer.destroyForcibly(); // SIGKILL
            writer.waitFor(60, TimeUnit.SECONDS);
            int acknowledged = next + acks.finish() - 1;

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
