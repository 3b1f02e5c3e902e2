package io.jenkins.plugins.workbenchcredentials.history;

import java.util.Objects;

/**
 * Who made a change and through what.
 *
 * @param actor the user's ID as the host knows it (a Jenkins user, the operating-system user), or
 *     {@value #SYSTEM_ACTOR} for changes no user made (Configuration as Code, scripts, start-up)
 */
public record ChangeOrigin(String actor, ChangeSource source) {
    public static final String SYSTEM_ACTOR = "SYSTEM";
    /** The longest actor kept: user IDs are short, and an entry must stay small. */
    public static final int MAX_ACTOR_CHARS = 256;

    public ChangeOrigin {
        Objects.requireNonNull(source, "source");
        actor = actor == null || actor.isBlank() ? SYSTEM_ACTOR : actor.strip();
        if (actor.length() > MAX_ACTOR_CHARS) {
            actor = actor.substring(0, MAX_ACTOR_CHARS);
        }
    }

    public static ChangeOrigin system(ChangeSource source) {
        return new ChangeOrigin(SYSTEM_ACTOR, source);
    }
}
