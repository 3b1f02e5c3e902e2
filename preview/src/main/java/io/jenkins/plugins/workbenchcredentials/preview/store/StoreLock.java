package io.jenkins.plugins.workbenchcredentials.preview.store;

import io.jenkins.plugins.workbenchcredentials.preview.home.PrivateFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Exclusive access to the store across threads and processes: a lock per lock file within this JVM
 * (the operating system's file locks are held per process, and Java refuses a second one in the same
 * process), then the file lock itself, which another process waits for. Reentrant within a thread.
 */
final class StoreLock {
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path lockFile;
    private final ReentrantLock threads;

    StoreLock(Path lockFile) {
        this.lockFile = lockFile.toAbsolutePath().normalize();
        this.threads = IN_PROCESS.computeIfAbsent(this.lockFile, k -> new ReentrantLock());
    }

    <T> T call(Supplier<T> action) {
        threads.lock();
        try {
            if (threads.getHoldCount() > 1) {
                return action.get();
            }
            try (FileChannel channel = FileChannel.open(
                            lockFile,
                            Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                            PrivateFiles.ownerOnly(PrivateFiles.OWNER_ONLY_FILE));
                    FileLock lock = channel.lock()) {
                return action.get();
            } catch (IOException e) {
                throw StoreException.io(lockFile, e);
            }
        } finally {
            threads.unlock();
        }
    }
}
