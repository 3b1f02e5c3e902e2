package io.jenkins.plugins.workbenchcredentials.service;

import io.jenkins.plugins.workbenchcredentials.error.ErrorCode;
import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;

/** Port: whether the current caller holds a permission. The service asks before every read and change. */
@FunctionalInterface
public interface AccessPolicy {
    boolean allows(Permission permission);

    /** Fails with {@code FORBIDDEN} naming the missing permission. */
    default void check(Permission permission) {
        if (!allows(permission)) {
            throw new WorkbenchException(ErrorCode.FORBIDDEN, null, "permission.denied", permission.name());
        }
    }
}
