package io.jenkins.plugins.workbenchcredentials.preview.exec;

import io.jenkins.plugins.workbenchcredentials.preview.home.PrivateFiles;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Each {@code exec} process binds under its own folder, {@code tmp/exec-PID}. A process killed outright
 * (SIGKILL) cannot clean up, so each {@code exec} first removes the folders of processes that are gone.
 */
final class BindingFolders {
    private static final String PREFIX = "exec-";

    private BindingFolders() {}

    /** This process's folder under {@code tmp} (0700), after removing those of dead processes. */
    static Path ofThisProcess(Path tmp) throws IOException {
        removeAbandoned(tmp);
        Path folder = tmp.resolve(PREFIX + ProcessHandle.current().pid());
        PrivateFiles.privateFolder(folder);
        return folder;
    }

    static void removeAbandoned(Path tmp) throws IOException {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(tmp, PREFIX + "*")) {
            for (Path folder : folders) {
                if (!isAlive(folder.getFileName().toString().substring(PREFIX.length()))) {
                    delete(folder);
                }
            }
        }
    }

    /** Removes this process's folder once its last binding is closed. */
    static void removeIfEmpty(Path folder) {
        try {
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // Not empty (another binding of this process is open) or already gone: both fine.
        }
    }

    private static boolean isAlive(String pid) {
        try {
            long id = Long.parseLong(pid);
            return id == ProcessHandle.current().pid()
                    || ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true; // not one of ours: leave it alone
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
