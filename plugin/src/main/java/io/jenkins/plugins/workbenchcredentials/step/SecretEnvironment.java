package io.jenkins.plugins.workbenchcredentials.step;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.util.Secret;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;

/**
 * The block's variables, kept as {@link Secret}s so the Pipeline's saved state never holds them in
 * plain text. The names of those that carry a secret are reported as sensitive: Jenkins then warns when
 * a script interpolates them into a step's arguments, and redacts them in the arguments it records.
 */
final class SecretEnvironment extends EnvironmentExpander {
    private static final long serialVersionUID = 1L;

    private final Map<String, Secret> values = new LinkedHashMap<>();
    private final Set<String> sensitive = new TreeSet<>();

    SecretEnvironment(@NonNull Map<String, Secret> values, @NonNull Set<String> sensitive) {
        this.values.putAll(values);
        this.sensitive.addAll(sensitive);
    }

    @Override
    public void expand(@NonNull EnvVars env) {
        values.forEach((name, value) -> env.override(name, value.getPlainText()));
    }

    @NonNull
    @Override
    public Set<String> getSensitiveVariables() {
        return Collections.unmodifiableSet(sensitive);
    }
}
