package io.jenkins.plugins.workbenchcredentials.binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.workbenchcredentials.model.SecretValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalBindingTest {
    @TempDir
    Path parent;

    private final BindingPlan plan = new BindingPlan(
            Map.of("TOKEN", SecretValue.of("t0k3n")),
            List.of(new PlannedFile("KUBECONFIG", "kubeconfig", SecretValue.of("apiVersion: v1\n"))),
            List.of(),
            List.of());

    @Test
    void writesPrivateFilesInAPrivateFolderAndNamesThem() throws Exception {
        try (LocalBinding binding = LocalBinding.materialize(plan, parent)) {
            Path file = Path.of(binding.environment().get("KUBECONFIG"));
            assertThat(file.getParent()).isEqualTo(binding.directory());
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("apiVersion: v1\n");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(binding.directory())))
                    .isEqualTo("rwx------");
            assertThat(binding.environment().get("TOKEN")).isEqualTo("t0k3n");
        }
        assertThat(parent).isEmptyDirectory();
    }

    @Test
    void removesTheFolderWhenTheBodyThrows() throws Exception {
        AtomicReference<Path> directory = new AtomicReference<>();
        assertThatThrownBy(() -> {
                    try (LocalBinding binding = LocalBinding.materialize(plan, parent)) {
                        directory.set(binding.directory());
                        throw new IllegalStateException("build step failed");
                    }
                })
                .hasMessage("build step failed");
        assertThat(directory.get()).doesNotExist();
        assertThat(parent).isEmptyDirectory();
    }

    @Test
    void removesTheFolderWhenTheBodyIsInterrupted() throws Exception {
        AtomicReference<Path> directory = new AtomicReference<>();
        CountDownLatch bound = new CountDownLatch(1);
        Thread body = new Thread(() -> {
            try (LocalBinding binding = LocalBinding.materialize(plan, parent)) {
                directory.set(binding.directory());
                bound.countDown();
                Thread.sleep(60_000);
            } catch (InterruptedException expected) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        body.start();
        bound.await();
        assertThat(directory.get()).exists();
        body.interrupt();
        body.join();
        assertThat(directory.get()).doesNotExist();
    }

    @Test
    void closeIsIdempotent() throws Exception {
        LocalBinding binding = LocalBinding.materialize(plan, parent);
        binding.close();
        binding.close();
        assertThat(binding.directory()).doesNotExist();
    }
}
