package io.jenkins.plugins.workbenchcredentials.preview.home;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * Files only their owner can read, and the crash-safe way to replace one: write a temporary file, force
 * it to disk, rename it over the target, force the folder. A crash at any moment leaves the old file or
 * the new one, and at worst a stray temporary file (see {@link #isTemporary}).
 */
public final class PrivateFiles {
    public static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

    private static final String TEMPORARY_MARK = ".tmp-";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PrivateFiles() {}

    public static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Attributes that create a file readable by its owner only, from the first byte on. */
    public static FileAttribute<?>[] ownerOnly(Set<PosixFilePermission> permissions) {
        return isPosix()
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }

    /** Sets the permissions exactly (a umask can only take bits away at creation, never add them). */
    public static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (isPosix()) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    /** Creates {@code folder} (and missing parents) if needed, and makes it 0700. */
    public static void privateFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder.toAbsolutePath().getParent());
            try {
                Files.createDirectory(folder, ownerOnly(OWNER_ONLY_FOLDER));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (!Files.isDirectory(folder)) {
                    throw e;
                }
            }
        }
        restrict(folder, OWNER_ONLY_FOLDER);
    }

    /** Replaces {@code target} with {@code content} atomically and durably; the new file is 0600. */
    public static void replace(Path target, byte[] content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = folder.resolve(
                target.getFileName() + TEMPORARY_MARK + HexFormat.of().formatHex(randomBytes(8)));
        try {
            try (FileChannel channel = FileChannel.open(
                    temporary,
                    Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    ownerOnly(OWNER_ONLY_FILE))) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file system of " + folder + " cannot rename atomically", e);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        forceFolder(folder);
    }

    /** Makes a rename in the folder durable; a no-op where folders cannot be opened (Windows). */
    static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform can sync a folder; the rename itself is still atomic.
        }
    }

    /** Whether the file is a temporary left by {@link #replace} when its process died mid-write. */
    public static boolean isTemporary(Path file) {
        return file.getFileName().toString().contains(TEMPORARY_MARK);
    }

    public static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
