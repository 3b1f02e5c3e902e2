package io.jenkins.plugins.workbenchcredentials.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The closed set of credential types, by the names the API, CLI and page use. */
public enum CredentialType {
    USERNAME_PASSWORD("username-password"),
    SECRET_TEXT("secret-text"),
    KUBECONFIG("kubeconfig");

    public static final String FIELD = "type";

    private final String wireName;

    CredentialType(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** Parses a wire name, failing with an error that lists the known types. */
    @JsonCreator
    public static CredentialType fromWireName(String name) {
        if (name == null || name.isBlank()) {
            throw WorkbenchException.invalid(FIELD, "type.required", knownNames());
        }
        for (CredentialType type : values()) {
            if (type.wireName.equals(name)) {
                return type;
            }
        }
        throw WorkbenchException.invalid(FIELD, "type.unknown", name, knownNames());
    }

    public static String knownNames() {
        return Arrays.stream(values()).map(CredentialType::wireName).collect(Collectors.joining(", "));
    }
}
