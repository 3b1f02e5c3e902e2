package io.jenkins.plugins.workbenchcredentials.step;

import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import jenkins.agents.ControllerToAgentFileCallable;

/**
 * Runs on the agent, in the workspace's temporary folder: creates {@code ROOT/FOLDER/FILE} with the
 * folders owner-only (0700) and the file owner-readable (0600) from the moment they exist, so the
 * secret is never readable by others, not even between writing and a later chmod. The folder must be
 * new and the file is created, never opened: nothing prepared in advance (a file, a symbolic link) is
 * written through. Where the file system has no POSIX permissions (Windows), the folder inherits the
 * workspace's access rules.
 */
final class PrivateFileWriter implements ControllerToAgentFileCallable<String> {
    private static final long serialVersionUID = 1L;
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private final String root;
    private final String folder;
    private final String fileName;
    private final byte[] content;

    PrivateFileWriter(String root, String folder, String fileName, byte[] content) {
        this.root = root;
        this.folder = folder;
        this.fileName = fileName;
        this.content = content.clone();
    }

    /** @return the absolute path of the file written */
    @Override
    public String invoke(File tempDir, VirtualChannel channel) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Path rootPath = tempDir.toPath().resolve(root);
        if (Files.isSymbolicLink(rootPath)) {
            throw new IOException(rootPath + " is a symbolic link; refusing to write a secret through it");
        }
        Files.createDirectories(tempDir.toPath());
        if (!Files.isDirectory(rootPath, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectory(rootPath, ownerOnly(posix, OWNER_ONLY_FOLDER));
        }
        Path folderPath = Files.createDirectory(rootPath.resolve(folder), ownerOnly(posix, OWNER_ONLY_FOLDER));
        Path file = folderPath.resolve(fileName);
        try (SeekableByteChannel out = Files.newByteChannel(
                file,
                Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                ownerOnly(posix, OWNER_ONLY_FILE))) {
            ByteBuffer bytes = ByteBuffer.wrap(content);
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
        }
        return file.toAbsolutePath().toString();
    }

    private static FileAttribute<?>[] ownerOnly(boolean posix, Set<PosixFilePermission> permissions) {
        return posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }
}
