package io.jenkins.plugins.workbenchcredentials.history;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a change did to a credential. */
public enum ChangeKind {
    CREATED("created"),
    UPDATED("updated"),
    DELETED("deleted");

    private final String wireName;

    ChangeKind(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** @throws IllegalArgumentException for a name no kind has, e.g. in a damaged file */
    public static ChangeKind fromWireName(String name) {
        for (ChangeKind kind : values()) {
            if (kind.wireName.equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown change kind");
    }
}
