package io.jenkins.plugins.workbenchcredentials.preview.store;

import io.jenkins.plugins.workbenchcredentials.error.ErrorCode;
import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import java.io.IOException;
import java.io.Serial;
import java.nio.file.Path;

/**
 * The store cannot be read or written. Each message names the file and says that it was left as it
 * was: a store that cannot be read is never overwritten, so whatever it holds can still be recovered.
 */
public final class StoreException extends WorkbenchException {
    @Serial
    private static final long serialVersionUID = 1L;

    private StoreException(String messageKey, Object... args) {
        super(ErrorCode.INTERNAL, null, messageKey, args);
    }

    static StoreException foreign(Path file) {
        return new StoreException("store.foreign", file.toString());
    }

    static StoreException newerFormat(Path file, int found, int supported) {
        return new StoreException("store.newerFormat", file.toString(), found, supported);
    }

    static StoreException undecryptable(Path file, Path keyFile) {
        return new StoreException("store.undecryptable", file.toString(), keyFile.toString());
    }

    static StoreException corrupt(Path file) {
        return new StoreException("store.corrupt", file.toString());
    }

    static StoreException keyMissing(Path file, Path keyFile) {
        return new StoreException("store.keyMissing", file.toString(), keyFile.toString());
    }

    static StoreException badKey(Path keyFile) {
        return new StoreException("store.badKey", keyFile.toString());
    }

    /** An I/O failure; its message names a path and a reason (e.g. "Permission denied"), never content. */
    static StoreException io(Path file, IOException cause) {
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        StoreException e = new StoreException("store.ioFailed", file.toString(), reason);
        e.initCause(cause);
        return e;
    }
}
