package io.jenkins.plugins.workbenchcredentials.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigAnalysis;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigAnalyzer;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigProblem;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigSummary;
import io.jenkins.plugins.workbenchcredentials.l10n.CoreMessages;
import java.util.ArrayList;
import java.util.List;

/**
 * The core's kubeconfig analysis, as the credential form shows it while the text is typed and as the
 * credential enforces it on save: errors refuse the credential, warnings only inform.
 */
final class KubeconfigCheck {
    static final String KUBECONFIG_FIELD = "kubeconfig";
    static final String CONTEXT_FIELD = "defaultContext";
    static final String NAMESPACE_FIELD = "defaultNamespace";

    // Thread-safe, and its limits bound what one request can make it parse.
    private static final KubeconfigAnalyzer ANALYZER = new KubeconfigAnalyzer();

    private KubeconfigCheck() {}

    /** Every error and warning, or a summary of the contexts when there are none. */
    static FormValidation validate(@CheckForNull String text) {
        KubeconfigAnalysis analysis = ANALYZER.analyse(text);
        List<FormValidation> results = new ArrayList<>();
        for (KubeconfigProblem error : analysis.errors()) {
            results.add(FormValidation.error(CoreMessages.of(error)));
        }
        for (KubeconfigProblem warning : analysis.warnings()) {
            results.add(FormValidation.warning(CoreMessages.of(warning)));
        }
        if (results.isEmpty()) {
            return FormValidation.ok(summary(analysis.summary()));
        }
        return FormValidation.aggregate(results);
    }

    /** Whether the default context exists; other problems show at the kubeconfig field. */
    static FormValidation validateContext(@CheckForNull String text, @CheckForNull String context) {
        return selectionProblem(text, context, null, "context");
    }

    /** Whether the default namespace is a valid name and has a context to apply to. */
    static FormValidation validateNamespace(
            @CheckForNull String text, @CheckForNull String context, @CheckForNull String namespace) {
        if (namespace == null || namespace.isBlank()) {
            return FormValidation.ok();
        }
        return selectionProblem(text, context, namespace, "namespace");
    }

    /**
     * Refuses a kubeconfig with errors, and defaults that select nothing: the same selection a
     * binding makes when a pipeline names no context or namespace.
     */
    static void require(
            @CheckForNull String text, @CheckForNull String defaultContext, @CheckForNull String defaultNamespace)
            throws Descriptor.FormException {
        KubeconfigAnalysis analysis = ANALYZER.analyse(text);
        if (!analysis.valid()) {
            String first = CoreMessages.of(analysis.errors().get(0));
            throw new Descriptor.FormException(CoreMessages.format("kubeconfig.invalid", first), KUBECONFIG_FIELD);
        }
        try {
            ANALYZER.select(text, defaultContext, defaultNamespace);
        } catch (WorkbenchException e) {
            throw new Descriptor.FormException(CoreMessages.of(e), formField(e.field()));
        }
    }

    private static FormValidation selectionProblem(
            @CheckForNull String text, @CheckForNull String context, @CheckForNull String namespace, String field) {
        try {
            ANALYZER.select(text, context, namespace);
        } catch (WorkbenchException e) {
            if (field.equals(e.field())) {
                return FormValidation.error(CoreMessages.of(e));
            }
        }
        return FormValidation.ok();
    }

    private static String formField(@CheckForNull String coreField) {
        if ("context".equals(coreField)) {
            return CONTEXT_FIELD;
        }
        if ("namespace".equals(coreField)) {
            return NAMESPACE_FIELD;
        }
        return KUBECONFIG_FIELD;
    }

    private static String summary(@CheckForNull KubeconfigSummary summary) {
        if (summary == null || summary.currentContext() == null) {
            return Messages.KubeconfigCheck_Valid(
                    summary == null ? 0 : summary.contexts().size());
        }
        return Messages.KubeconfigCheck_ValidWithCurrent(summary.contexts().size(), summary.currentContext());
    }
}
