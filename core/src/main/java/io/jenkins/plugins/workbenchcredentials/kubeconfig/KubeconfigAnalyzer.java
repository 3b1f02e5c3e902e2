package io.jenkins.plugins.workbenchcredentials.kubeconfig;

import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import io.jenkins.plugins.workbenchcredentials.model.KubernetesNames;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Reads kubeconfig files: checks them as kubectl would and for what will not work on a build agent,
 * summarises their contexts, selects one context, and lists the values to mask in build logs.
 * Thread-safe; parsing is bounded by {@link KubeconfigLimits}.
 */
public final class KubeconfigAnalyzer {
    private final SafeYamlLoader loader;
    private final KubeconfigValidator validator;

    /** 1 MiB of UTF-8, the {@link KubeconfigLimits#DEFAULT default} alias and depth limits, the system clock. */
    public KubeconfigAnalyzer() {
        this(KubeconfigLimits.DEFAULT, Clock.systemUTC());
    }

    /** @param clock tells which certificates and tokens have already expired */
    public KubeconfigAnalyzer(KubeconfigLimits limits, Clock clock) {
        this.loader = new SafeYamlLoader(Objects.requireNonNull(limits, "limits"));
        this.validator = new KubeconfigValidator(Objects.requireNonNull(clock, "clock"));
    }

    /** Errors, warnings and a summary. Never throws for bad content: every problem is in the result. */
    public KubeconfigAnalysis analyse(String text) {
        return check(text).analysis();
    }

    /**
     * The kubeconfig for a context and namespace. With a context (or, when only a namespace is given,
     * the file's current-context): a minified file holding only that context, its cluster and its user,
     * with {@code current-context} set to it and the namespace applied. With neither: the text
     * unchanged. Blank names count as not given.
     *
     * @param context   {@code null} for the file's current-context
     * @param namespace {@code null} to keep the context's namespace
     * @throws WorkbenchException INVALID_INPUT with field {@code context} when the context does not exist
     *         ({@code kubeconfig.contextNotFound}, args: the name and the existing contexts), field
     *         {@code kubeconfig} when the text is not a valid kubeconfig, field {@code namespace} when
     *         the namespace is not an RFC 1123 label
     */
    public String select(String text, String context, String namespace) {
        String contextName = blankToNull(context);
        String namespaceName = blankToNull(namespace);
        if (contextName == null && namespaceName == null) {
            return text;
        }
        if (namespaceName != null && !KubernetesNames.isNamespace(namespaceName)) {
            throw WorkbenchException.invalid("namespace", "kubeconfig.namespaceInvalid", namespaceName);
        }
        CheckedKubeconfig checked = check(text);
        KubeconfigAnalysis analysis = checked.analysis();
        if (!analysis.valid()) {
            throw WorkbenchException.invalid(
                    "kubeconfig", "kubeconfig.invalid", analysis.errors().get(0).message());
        }
        String existing = KubeconfigValidator.names(checked.contexts());
        if (contextName == null) {
            contextName = analysis.summary().currentContext();
            if (contextName == null) {
                throw WorkbenchException.invalid("context", "kubeconfig.contextRequired", existing);
            }
        }
        if (!checked.contexts().containsKey(contextName)) {
            throw WorkbenchException.invalid("context", "kubeconfig.contextNotFound", contextName, existing);
        }
        return KubeconfigSelector.minify(checked, contextName, namespaceName);
    }

    /**
     * Values inside the kubeconfig to mask in build logs: user tokens, passwords, client key and
     * certificate data (and the key's decoded PEM text), auth-provider secrets, exec environment values.
     * Empty when the text cannot be parsed.
     */
    public List<String> sensitiveFragments(String text) {
        if (text == null) {
            return List.of();
        }
        SafeYamlLoader.Loaded loaded = loader.load(text);
        return loaded.failed() ? List.of() : SensitiveFragments.of(loaded.root());
    }

    private CheckedKubeconfig check(String text) {
        if (text == null) {
            return validator.check(null);
        }
        SafeYamlLoader.Loaded loaded = loader.load(text);
        if (loaded.failed()) {
            Problems problems = new Problems();
            problems.error("", loaded.problemKey(), loaded.problemArgs().toArray());
            return CheckedKubeconfig.unreadable(problems);
        }
        return validator.check(loaded.root());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
