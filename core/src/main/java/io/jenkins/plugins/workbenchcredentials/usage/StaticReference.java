package io.jenkins.plugins.workbenchcredentials.usage;

import java.util.Objects;

/**
 * A definition that names a credential's ID: a Pipeline script, a job's {@code config.xml}, a
 * Jenkinsfile. {@code source} says which of them, {@code consumerUrl} may be {@code null}.
 */
public record StaticReference(String consumer, String consumerUrl, String source) {
    public StaticReference {
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(source, "source");
    }
}
