package io.jenkins.plugins.workbenchcredentials.service;

import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The columns a list can be sorted by, with the names the API takes. */
public enum SortField {
    ID("id"),
    TYPE("type"),
    CREATED("created"),
    UPDATED("updated"),
    LAST_USED("lastUsed");

    private final String wireName;

    SortField(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static SortField fromWireName(String name) {
        for (SortField field : values()) {
            if (field.wireName.equals(name)) {
                return field;
            }
        }
        throw WorkbenchException.invalid(
                ListQuery.SORT_BY,
                "list.badSort",
                name,
                Arrays.stream(values()).map(SortField::wireName).collect(Collectors.joining(", ")));
    }
}
