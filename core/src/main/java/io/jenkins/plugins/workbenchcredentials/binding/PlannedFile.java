package io.jenkins.plugins.workbenchcredentials.binding;

import io.jenkins.plugins.workbenchcredentials.model.SecretValue;

/**
 * A file a binding writes for its block (mode 0600, in a private folder, removed when the block ends),
 * whose path becomes the value of {@code variable}.
 */
public record PlannedFile(String variable, String fileName, SecretValue content) {}
