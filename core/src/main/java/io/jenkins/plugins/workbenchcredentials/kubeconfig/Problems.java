package io.jenkins.plugins.workbenchcredentials.kubeconfig;

import io.jenkins.plugins.workbenchcredentials.error.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects the errors and warnings of one analysis. Each list is capped so that a hostile file with
 * thousands of broken entries still gives a short answer.
 */
final class Problems {
    static final int MAX_PER_KIND = 50;
    static final String TRUNCATED = "kubeconfig.tooManyProblems";

    private final List<KubeconfigProblem> errors = new ArrayList<>();
    private final List<KubeconfigProblem> warnings = new ArrayList<>();

    void error(String path, String key, Object... args) {
        add(errors, path, key, args);
    }

    void warning(String path, String key, Object... args) {
        add(warnings, path, key, args);
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    List<KubeconfigProblem> errors() {
        return errors;
    }

    List<KubeconfigProblem> warnings() {
        return warnings;
    }

    private static void add(List<KubeconfigProblem> list, String path, String key, Object... args) {
        if (list.size() > MAX_PER_KIND) {
            return;
        }
        if (list.size() == MAX_PER_KIND) {
            key = TRUNCATED;
            path = "";
            args = new Object[] {MAX_PER_KIND};
        }
        List<String> texts = Arrays.stream(args).map(String::valueOf).toList();
        list.add(new KubeconfigProblem(key, path, Messages.format(key, texts.toArray()), texts));
    }
}
