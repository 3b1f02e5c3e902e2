package io.jenkins.plugins.workbenchcredentials.preview.server;

import io.jenkins.plugins.workbenchcredentials.preview.home.PrivateFiles;
import io.jenkins.plugins.workbenchcredentials.preview.store.EmbeddedStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The key to the server's API: 32 random bytes, base64url, generated on the first start and kept in a
 * 0600 file of the home folder so the printed address keeps working across restarts. Delete the file
 * to get a new one.
 */
public final class AccessToken {
    public static final String HEADER = "X-Workbench-Token";
    private static final int TOKEN_BYTES = 32;
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final byte[] value;

    private AccessToken(String value) {
        this.value = value.getBytes(StandardCharsets.US_ASCII);
    }

    /** Reads the token file, creating it (with the store locked, so two servers agree) if needed. */
    public static AccessToken loadOrCreate(EmbeddedStore store) {
        Path file = store.home().tokenFile();
        return store.locked(() -> {
            try {
                String stored = read(file);
                if (stored == null) {
                    stored = Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(PrivateFiles.randomBytes(TOKEN_BYTES));
                    PrivateFiles.replace(file, stored.getBytes(StandardCharsets.US_ASCII));
                }
                return new AccessToken(stored);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read or create the access token file " + file, e);
            }
        });
    }

    /** The stored token, or {@code null} when there is none or it is not one this class wrote. */
    private static String read(Path file) throws IOException {
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return FORM.matcher(text).matches() ? text : null;
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Compares in time independent of where the values differ. */
    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(value, presented.getBytes(StandardCharsets.UTF_8));
    }

    /** The token itself, for the address printed at start. */
    public String value() {
        return new String(value, StandardCharsets.US_ASCII);
    }

    @Override
    public String toString() {
        return "AccessToken[****]";
    }
}
