package io.jenkins.plugins.workbenchcredentials.preview.home;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The preview's folder (0700): the encrypted store and its key, the server's access token, and
 * {@code tmp/} where {@code exec} writes the files of a binding. Everything in it is private to the
 * user who owns it, so the preview needs no login of its own beyond the server's token.
 */
public final class WorkbenchHome {
    public static final String ENVIRONMENT_VARIABLE = "WORKBENCH_HOME";
    public static final String DEFAULT_FOLDER_NAME = ".workbench-credentials";

    private final Path root;

    private WorkbenchHome(Path root) {
        this.root = root;
    }

    /** Opens the folder, creating it if needed; it is made 0700 either way. */
    public static WorkbenchHome open(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        try {
            PrivateFiles.privateFolder(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create or open the workbench home " + root, e);
        }
        return new WorkbenchHome(root);
    }

    /** {@code $WORKBENCH_HOME}, or {@code ~/.workbench-credentials}. */
    public static Path defaultFolder() {
        String fromEnvironment = System.getenv(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment);
        }
        return Path.of(System.getProperty("user.home"), DEFAULT_FOLDER_NAME);
    }

    public Path root() {
        return root;
    }

    public Path credentialsFile() {
        return root.resolve("credentials.wbc");
    }

    public Path usageFile() {
        return root.resolve("usage.wbc");
    }

    public Path keyFile() {
        return root.resolve("store.key");
    }

    public Path lockFile() {
        return root.resolve("store.lock");
    }

    public Path tokenFile() {
        return root.resolve("server.token");
    }

    /** Where {@code exec} materialises bindings; created 0700 on first use. */
    public Path temporaryFolder() {
        Path tmp = root.resolve("tmp");
        try {
            PrivateFiles.privateFolder(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folder " + tmp, e);
        }
        return tmp;
    }
}
