package io.jenkins.plugins.workbenchcredentials.api;

import io.jenkins.plugins.workbenchcredentials.error.Messages;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigAnalysis;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigProblem;
import java.util.List;
import java.util.Locale;

/**
 * Kubeconfig problems in the caller's language. The analysis writes each message in English and keeps
 * its key and arguments, so the API can answer a Chinese page in Chinese.
 */
final class LocalisedProblems {
    private LocalisedProblems() {}

    static KubeconfigAnalysis of(KubeconfigAnalysis analysis, Locale locale) {
        return new KubeconfigAnalysis(
                analysis.valid(), of(analysis.errors(), locale), of(analysis.warnings(), locale), analysis.summary());
    }

    static List<KubeconfigProblem> of(List<KubeconfigProblem> problems, Locale locale) {
        return problems.stream().map(problem -> of(problem, locale)).toList();
    }

    static KubeconfigProblem of(KubeconfigProblem problem, Locale locale) {
        String message = Messages.format(locale, problem.code(), problem.args().toArray());
        // A code without a message text keeps the analysis' own English message.
        return message.equals(problem.code())
                ? problem
                : new KubeconfigProblem(problem.code(), problem.path(), message, problem.args());
    }
}
