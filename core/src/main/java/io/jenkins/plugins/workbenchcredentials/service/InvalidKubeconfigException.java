package io.jenkins.plugins.workbenchcredentials.service;

import io.jenkins.plugins.workbenchcredentials.error.ErrorCode;
import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigProblem;
import java.io.Serial;
import java.util.List;

/** A kubeconfig that cannot be stored, with every problem found in it (none of which quotes a secret). */
public final class InvalidKubeconfigException extends WorkbenchException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<KubeconfigProblem> problems;

    public InvalidKubeconfigException(List<KubeconfigProblem> problems) {
        super(
                ErrorCode.INVALID_INPUT,
                "kubeconfig",
                "kubeconfig.invalid",
                problems.isEmpty() ? "" : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<KubeconfigProblem> problems() {
        return problems;
    }
}
