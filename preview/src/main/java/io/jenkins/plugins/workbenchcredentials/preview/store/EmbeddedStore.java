package io.jenkins.plugins.workbenchcredentials.preview.store;

import io.jenkins.plugins.workbenchcredentials.preview.home.PrivateFiles;
import io.jenkins.plugins.workbenchcredentials.preview.home.WorkbenchHome;
import io.jenkins.plugins.workbenchcredentials.preview.store.StoreFormat.Kind;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The preview's encrypted store in its home folder: the credentials file, the recorded-uses file, the
 * AES-256 key that encrypts both (a 0600 file created with the first write) and the lock that orders
 * every change across processes.
 */
public final class EmbeddedStore {
    private final WorkbenchHome home;
    private final StoreLock lock;
    private final EncryptedFile credentials;
    private final EncryptedFile usage;
    private volatile SecretKey key;

    private EmbeddedStore(WorkbenchHome home) {
        this.home = home;
        this.lock = new StoreLock(home.lockFile());
        this.credentials = new EncryptedFile(home.credentialsFile(), home.keyFile(), Kind.CREDENTIALS);
        this.usage = new EncryptedFile(home.usageFile(), home.keyFile(), Kind.USAGE);
    }

    public static EmbeddedStore open(WorkbenchHome home) {
        return new EmbeddedStore(home);
    }

    public WorkbenchHome home() {
        return home;
    }

    EncryptedFile credentialsFile() {
        return credentials;
    }

    EncryptedFile usageFile() {
        return usage;
    }

    /**
     * Runs a read-modify-write with the store locked (reentrant, across threads and processes). Temporary files found then were left by a
     * process that died while writing (a live writer would hold the lock), so they are removed.
     */
    public <T> T locked(Supplier<T> change) {
        return lock.call(() -> {
            removeTemporaries();
            return change.get();
        });
    }

    /** The key to read an existing store file with; it must exist, or the file cannot be read. */
    SecretKey keyFor(EncryptedFile file) {
        SecretKey current = key;
        if (current != null) {
            return current;
        }
        byte[] bytes = readKeyFile();
        if (bytes == null) {
            throw StoreException.keyMissing(file.path(), home.keyFile());
        }
        return remember(bytes);
    }

    /** The key to write with, created on the first write. Called with the store locked. */
    SecretKey keyForWriting() {
        SecretKey current = key;
        if (current != null) {
            return current;
        }
        byte[] bytes = readKeyFile();
        if (bytes == null) {
            // A new key would make an existing file unreadable for good: refuse instead.
            for (EncryptedFile file : new EncryptedFile[] {credentials, usage}) {
                if (file.exists()) {
                    throw StoreException.keyMissing(file.path(), home.keyFile());
                }
            }
            bytes = PrivateFiles.randomBytes(StoreFormat.KEY_BYTES);
            try {
                PrivateFiles.replace(home.keyFile(), bytes);
            } catch (IOException e) {
                throw StoreException.io(home.keyFile(), e);
            }
        }
        return remember(bytes);
    }

    private SecretKey remember(byte[] bytes) {
        SecretKey loaded = new SecretKeySpec(bytes, "AES");
        Arrays.fill(bytes, (byte) 0);
        key = loaded;
        return loaded;
    }

    private byte[] readKeyFile() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(home.keyFile());
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw StoreException.io(home.keyFile(), e);
        }
        if (bytes.length != StoreFormat.KEY_BYTES) {
            throw StoreException.badKey(home.keyFile());
        }
        return bytes;
    }

    private void removeTemporaries() {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(home.root(), PrivateFiles::isTemporary)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw StoreException.io(home.root(), e);
        }
    }
}
