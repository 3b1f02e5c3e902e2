package io.jenkins.plugins.workbenchcredentials.binding;

import io.jenkins.plugins.workbenchcredentials.model.SecretValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A binding made real on this machine: a private folder (0700) holding the plan's files (0600), and the
 * environment that names them. {@link #close()} removes the folder, so a try-with-resources block leaves
 * nothing behind whether its body returns, throws or is interrupted; a binding still open when the JVM
 * exits is removed by a shutdown hook.
 */
public final class LocalBinding implements AutoCloseable {
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(() -> OPEN.forEach(LocalBinding::deleteQuietly), "workbench-binding-cleanup"));
    }

    private final Path directory;
    private final Map<String, String> environment;
    private boolean closed;

    private LocalBinding(Path directory, Map<String, String> environment) {
        this.directory = directory;
        this.environment = Collections.unmodifiableMap(environment);
    }

    /** Writes the plan's files into a new private folder under {@code parent}. */
    public static LocalBinding materialize(BindingPlan plan, Path parent) throws IOException {
        Files.createDirectories(parent);
        Path directory = Files.createTempDirectory(parent, "workbench-binding-", ownerOnly(OWNER_ONLY_FOLDER));
        OPEN.add(directory);
        try {
            Map<String, String> environment = new LinkedHashMap<>();
            plan.environment().forEach((name, value) -> environment.put(name, value.plainText()));
            for (PlannedFile file : plan.files()) {
                Path path = directory.resolve(file.fileName());
                write(path, file.content());
                environment.put(file.variable(), path.toString());
            }
            return new LocalBinding(directory, environment);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(directory);
            OPEN.remove(directory);
            throw e;
        }
    }

    /** Variables to add to the block's environment; holds secrets, so it must not be printed. */
    public Map<String, String> environment() {
        return environment;
    }

    public Path directory() {
        return directory;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            delete(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove the binding folder " + directory, e);
        } finally {
            OPEN.remove(directory);
        }
    }

    /** Created with its final permissions, so the secret is never readable by others, not even briefly. */
    private static void write(Path path, SecretValue content) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(
                path, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly(OWNER_ONLY_FILE))) {
            ByteBuffer bytes = ByteBuffer.wrap(content.plainText().getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        }
    }

    private static FileAttribute<?>[] ownerOnly(Set<PosixFilePermission> permissions) {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Collections.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static void deleteQuietly(Path directory) {
        try {
            delete(directory);
        } catch (IOException e) {
            // Best effort at exit; nothing useful can be done about it then.
        }
    }
}
