package io.jenkins.plugins.workbenchcredentials.binding;

import io.jenkins.plugins.workbenchcredentials.model.SecretValue;
import java.util.List;
import java.util.Map;

/**
 * Everything a host does to bind a credential for a block, decided in one place for the Jenkins step
 * and the preview alike.
 *
 * @param environment variables whose value is given (secret or not, all kept as {@link SecretValue} so
 *                    none is printed by accident)
 * @param files       files to write; each file's path is the value of its variable
 * @param secrets     what the block's output masker must hide: the secrets and the sensitive fragments
 *                    of a kubeconfig (not the whole file, whose ordinary lines would mangle the log)
 * @param warnings    things the user should know, e.g. a kubeconfig that needs a binary on the agent
 */
public record BindingPlan(
        Map<String, SecretValue> environment,
        List<PlannedFile> files,
        List<SecretValue> secrets,
        List<String> warnings) {
    public BindingPlan {
        environment = Map.copyOf(environment);
        files = List.copyOf(files);
        secrets = List.copyOf(secrets);
        warnings = List.copyOf(warnings);
    }

    /** The names of every variable the binding sets, for Jenkins' interpolation warning. */
    public List<String> variableNames() {
        return java.util.stream.Stream.concat(
                        environment.keySet().stream(), files.stream().map(PlannedFile::variable))
                .sorted()
                .toList();
    }
}
