package io.jenkins.plugins.workbenchcredentials.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import java.util.Locale;

/**
 * Jenkins' credential scopes that the workbench offers: GLOBAL credentials reach jobs, SYSTEM ones only
 * Jenkins itself (so a pipeline binding one fails with a message that says so).
 */
public enum CredentialScope {
    GLOBAL,
    SYSTEM;

    public static final String FIELD = "scope";

    @JsonValue
    public String wireName() {
        return name();
    }

    @JsonCreator
    public static CredentialScope fromWireName(String name) {
        if (name == null || name.isBlank()) {
            return GLOBAL;
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw WorkbenchException.invalid(FIELD, "scope.unknown", name);
        }
    }
}
