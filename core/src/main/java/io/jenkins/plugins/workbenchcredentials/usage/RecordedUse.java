package io.jenkins.plugins.workbenchcredentials.usage;

import java.time.Instant;
import java.util.Objects;

/**
 * One binding of a credential at run time: which consumer (a job, or a command in the preview) used it,
 * in which build, when, and as whom. {@code consumerUrl}, {@code build}, {@code buildUrl} and
 * {@code user} may be {@code null} when the host has no such notion.
 */
public record RecordedUse(String consumer, String consumerUrl, String build, String buildUrl, Instant at, String user) {
    public RecordedUse {
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(at, "at");
    }
}
