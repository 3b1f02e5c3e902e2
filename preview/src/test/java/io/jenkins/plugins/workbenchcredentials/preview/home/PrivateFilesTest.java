package io.jenkins.plugins.workbenchcredentials.preview.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateFilesTest {
    private static final int SIZE = 1024 * 1024;

    @TempDir
    Path folder;

    @Test
    void aReaderOnlyEverSeesAWholeVersion() throws Exception {
        Path target = folder.resolve("store");
        PrivateFiles.replace(target, version(0));
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicReference<String> torn = new AtomicReference<>();
        AtomicInteger reads = new AtomicInteger();
        Thread reader = new Thread(() -> {
            while (writing.get() && torn.get() == null) {
                try {
                    byte[] seen = Files.readAllBytes(target);
                    reads.incrementAndGet();
                    if (seen.length != SIZE || !allEqual(seen)) {
                        torn.set("read " + seen.length + " bytes of mixed versions");
                    }
                } catch (NoSuchFileException e) {
                    torn.set("the file was missing between versions");
                } catch (Exception e) {
                    torn.set(e.toString());
                }
            }
        });
        reader.start();
        for (int v = 1; v <= 100 && torn.get() == null; v++) {
            PrivateFiles.replace(target, version(v));
        }
        writing.set(false);
        reader.join();
        assertThat(torn.get()).isNull();
        assertThat(reads.get()).isPositive();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void makesAFolderPrivateWhetherNewOrNot() throws Exception {
        Path created = folder.resolve("a/b/home");
        PrivateFiles.privateFolder(created);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(created)))
                .isEqualTo("rwx------");

        Path open = Files.createDirectory(
                folder.resolve("open"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        PrivateFiles.privateFolder(open);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(open)))
                .isEqualTo("rwx------");
    }

    private static byte[] version(int v) {
        byte[] bytes = new byte[SIZE];
        Arrays.fill(bytes, (byte) v);
        return bytes;
    }

    private static boolean allEqual(byte[] bytes) {
        for (byte b : bytes) {
            if (b != bytes[0]) {
                return false;
            }
        }
        return true;
    }
}
