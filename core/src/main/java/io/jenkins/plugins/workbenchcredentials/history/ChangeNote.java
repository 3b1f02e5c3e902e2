package io.jenkins.plugins.workbenchcredentials.history;

import java.time.Instant;
import java.util.Objects;

/** Who makes a change, through what, and when: what a repository records with the change itself. */
public record ChangeNote(ChangeOrigin origin, Instant at) {
    public ChangeNote {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(at, "at");
    }
}
