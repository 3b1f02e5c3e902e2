package io.jenkins.plugins.workbenchcredentials.preview.store;

import io.jenkins.plugins.workbenchcredentials.preview.home.PrivateFiles;
import io.jenkins.plugins.workbenchcredentials.preview.store.StoreFormat.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * One store file in {@link StoreFormat}. Its version is the nonce of the last write: random and new for
 * each write, so comparing it tells whether anyone changed the file since it was last read, at the
 * price of reading its header.
 */
final class EncryptedFile {
    private final Path path;
    private final Path keyFile;
    private final Kind kind;

    /**
     * The decrypted content of one version of the file.
     *
     * @param format the {@link StoreFormat} version it was written in
     */
    record Content(String version, int format, byte[] plainText) {}

    EncryptedFile(Path path, Path keyFile, Kind kind) {
        this.path = path;
        this.keyFile = keyFile;
        this.kind = kind;
    }

    Path path() {
        return path;
    }

    boolean exists() {
        return Files.exists(path);
    }

    /** The version now on disk, or {@code null} when there is no file; checks the header on the way. */
    String version() {
        byte[] header = new byte[StoreFormat.HEADER_BYTES];
        try (InputStream in = Files.newInputStream(path)) {
            int read = in.readNBytes(header, 0, header.length);
            if (read < header.length) {
                throw StoreException.foreign(path);
            }
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw StoreException.io(path, e);
        }
        checkHeader(header);
        return nonceOf(header);
    }

    /** The file's content, or empty when there is no file. */
    Optional<Content> read(SecretKey key) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw StoreException.io(path, e);
        }
        if (bytes.length < StoreFormat.HEADER_BYTES + StoreFormat.TAG_BITS / 8) {
            throw StoreException.foreign(path);
        }
        int format = checkHeader(bytes);
        byte[] nonce = Arrays.copyOfRange(bytes, StoreFormat.AUTHENTICATED_HEADER_BYTES, StoreFormat.HEADER_BYTES);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, nonce, format);
            byte[] plainText = cipher.doFinal(bytes, StoreFormat.HEADER_BYTES, bytes.length - StoreFormat.HEADER_BYTES);
            return Optional.of(new Content(HexFormat.of().formatHex(nonce), format, plainText));
        } catch (AEADBadTagException e) {
            throw StoreException.undecryptable(path, keyFile);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is required of every Java runtime", e);
        }
    }

    /** Encrypts and atomically replaces the file, in the current format; returns the new version. */
    String write(SecretKey key, byte[] plainText) {
        return write(key, plainText, StoreFormat.VERSION);
    }

    /** As {@link #write(SecretKey, byte[])}, in the given format: for tests of older files. */
    String write(SecretKey key, byte[] plainText, int format) {
        byte[] nonce = PrivateFiles.randomBytes(StoreFormat.NONCE_BYTES);
        byte[] header = StoreFormat.authenticatedHeader(kind, format);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce, format);
            byte[] file = new byte[StoreFormat.HEADER_BYTES + cipher.getOutputSize(plainText.length)];
            System.arraycopy(header, 0, file, 0, header.length);
            System.arraycopy(nonce, 0, file, header.length, nonce.length);
            cipher.doFinal(plainText, 0, plainText.length, file, StoreFormat.HEADER_BYTES);
            PrivateFiles.replace(path, file);
        } catch (IOException e) {
            throw StoreException.io(path, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is required of every Java runtime", e);
        }
        return HexFormat.of().formatHex(nonce);
    }

    private Cipher cipher(int mode, SecretKey key, byte[] nonce, int format) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(StoreFormat.TAG_BITS, nonce));
        cipher.updateAAD(StoreFormat.authenticatedHeader(kind, format));
        return cipher;
    }

    /**
     * A foreign file, or one of a newer format, is refused before any attempt to decrypt it.
     *
     * @return the file's format version
     */
    private int checkHeader(byte[] bytes) {
        if (!Arrays.equals(bytes, 0, StoreFormat.MAGIC.length, StoreFormat.MAGIC, 0, StoreFormat.MAGIC.length)) {
            throw StoreException.foreign(path);
        }
        int version = ((bytes[StoreFormat.MAGIC.length] & 0xff) << 8) | (bytes[StoreFormat.MAGIC.length + 1] & 0xff);
        if (version > StoreFormat.VERSION) {
            throw StoreException.newerFormat(path, version, StoreFormat.VERSION);
        }
        if (version < 1) {
            throw StoreException.foreign(path);
        }
        // A wrong kind is left to authentication, which fails for it as for any other change.
        return version;
    }

    private static String nonceOf(byte[] header) {
        return HexFormat.of().formatHex(header, StoreFormat.AUTHENTICATED_HEADER_BYTES, StoreFormat.HEADER_BYTES);
    }
}
