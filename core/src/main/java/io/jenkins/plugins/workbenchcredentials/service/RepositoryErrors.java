package io.jenkins.plugins.workbenchcredentials.service;

import io.jenkins.plugins.workbenchcredentials.error.ErrorCode;
import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;

/** The errors every {@link CredentialRepository} reports, built the same way by each host. */
public final class RepositoryErrors {
    private RepositoryErrors() {}

    public static WorkbenchException duplicate(CredentialId id) {
        return new WorkbenchException(ErrorCode.CONFLICT, CredentialId.FIELD, "id.duplicate", id.value());
    }

    public static WorkbenchException notFound(CredentialId id) {
        return new WorkbenchException(ErrorCode.NOT_FOUND, CredentialId.FIELD, "credential.notFound", id.value());
    }
}
