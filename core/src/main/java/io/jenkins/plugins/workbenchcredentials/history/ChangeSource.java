package io.jenkins.plugins.workbenchcredentials.history;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a change came from. Changes made outside the workbench are recorded too, so that the history
 * answers "who changed this" whichever page, API or tool they used.
 */
public enum ChangeSource {
    /** The workbench page or its JSON API. */
    WORKBENCH("workbench"),
    /** The workbench's command-line tools: Jenkins CLI commands, the preview's CLI. */
    WORKBENCH_CLI("workbench-cli"),
    /** Jenkins' own credential pages. */
    JENKINS_PAGES("jenkins-pages"),
    /** Jenkins' REST API ({@code config.xml}, {@code createCredentials} with XML). */
    REST_API("rest-api"),
    /** Another Jenkins CLI command, e.g. the credentials plugin's. */
    JENKINS_CLI("jenkins-cli"),
    /** Jenkins Configuration as Code. */
    CONFIGURATION_AS_CODE("configuration-as-code"),
    /** Code running in Jenkins without a request: a script, another plugin, start-up. */
    SYSTEM("system"),
    /**
     * A difference found when the host started, between the store and what the history last saw of it:
     * a change made while the history could not record it (the host stopped between the two writes).
     */
    FOUND_AT_START("found-at-start");

    private final String wireName;

    ChangeSource(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** @throws IllegalArgumentException for a name no source has, e.g. in a damaged file */
    public static ChangeSource fromWireName(String name) {
        for (ChangeSource source : values()) {
            if (source.wireName.equals(name)) {
                return source;
            }
        }
        throw new IllegalArgumentException("Unknown change source");
    }
}
