package io.jenkins.plugins.workbenchcredentials.service;

import io.jenkins.plugins.workbenchcredentials.error.ErrorCode;
import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import io.jenkins.plugins.workbenchcredentials.usage.WhereUsed;
import java.io.Serial;

/** A delete refused because pipelines depend on the credential; carries what depends on it. */
public final class CredentialInUseException extends WorkbenchException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient WhereUsed whereUsed;

    public CredentialInUseException(WhereUsed whereUsed) {
        super(
                ErrorCode.IN_USE,
                "id",
                "credential.inUse",
                whereUsed.id().value(),
                whereUsed.dependents().size(),
                String.join(", ", whereUsed.dependents()));
        this.whereUsed = whereUsed;
    }

    public WhereUsed whereUsed() {
        return whereUsed;
    }
}
