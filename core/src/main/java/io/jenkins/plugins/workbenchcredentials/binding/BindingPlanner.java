package io.jenkins.plugins.workbenchcredentials.binding;

import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigAnalysis;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigAnalyzer;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigProblem;
import io.jenkins.plugins.workbenchcredentials.model.Credential;
import io.jenkins.plugins.workbenchcredentials.model.CredentialPayload;
import io.jenkins.plugins.workbenchcredentials.model.CredentialType;
import io.jenkins.plugins.workbenchcredentials.model.SecretValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides how a credential is bound: {@code USERNAME}/{@code PASSWORD}, {@code TOKEN}, or a
 * {@code KUBECONFIG} file holding the selected context and namespace; each name can be overridden.
 * Options that do not fit the credential's type, bad or colliding names and an unknown context are
 * refused with an error naming the option.
 */
public final class BindingPlanner {
    public static final String DEFAULT_USERNAME_VARIABLE = "USERNAME";
    public static final String DEFAULT_PASSWORD_VARIABLE = "PASSWORD";
    public static final String DEFAULT_TOKEN_VARIABLE = "TOKEN";
    public static final String DEFAULT_KUBECONFIG_VARIABLE = "KUBECONFIG";
    public static final String KUBECONFIG_FILE_NAME = "kubeconfig";

    /** POSIX: upper- and lower-case letters, digits and '_', not starting with a digit. */
    private static final Pattern ENVIRONMENT_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private static final int MAX_VARIABLE_LENGTH = 128;

    private final KubeconfigAnalyzer analyzer;

    public BindingPlanner(KubeconfigAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    public BindingPlan plan(Credential credential, BindingOptions options) {
        refuseOptionsOfOtherTypes(credential.type(), options);
        return switch (credential.type()) {
            case USERNAME_PASSWORD ->
                usernamePassword((CredentialPayload.UsernamePassword) credential.payload(), options);
            case SECRET_TEXT -> secretText((CredentialPayload.SecretText) credential.payload(), options);
            case KUBECONFIG -> kubeconfig((CredentialPayload.Kubeconfig) credential.payload(), options);
        };
    }

    private static BindingPlan usernamePassword(CredentialPayload.UsernamePassword payload, BindingOptions options) {
        String usernameVariable =
                name(BindingOptions.USERNAME_VARIABLE, options.usernameVariable(), DEFAULT_USERNAME_VARIABLE);
        String passwordVariable =
                name(BindingOptions.PASSWORD_VARIABLE, options.passwordVariable(), DEFAULT_PASSWORD_VARIABLE);
        if (usernameVariable.equals(passwordVariable)) {
            throw WorkbenchException.invalid(
                    BindingOptions.PASSWORD_VARIABLE, "binding.variableCollision", passwordVariable);
        }
        Map<String, SecretValue> environment = new LinkedHashMap<>();
        environment.put(usernameVariable, SecretValue.of(payload.username()));
        environment.put(passwordVariable, payload.password());
        // The username is shown in the workbench and is often a common word: masking it would mangle the log.
        return new BindingPlan(environment, List.of(), List.of(payload.password()), List.of());
    }

    private static BindingPlan secretText(CredentialPayload.SecretText payload, BindingOptions options) {
        String variable = name(BindingOptions.VARIABLE, options.variable(), DEFAULT_TOKEN_VARIABLE);
        return new BindingPlan(Map.of(variable, payload.token()), List.of(), List.of(payload.token()), List.of());
    }

    private BindingPlan kubeconfig(CredentialPayload.Kubeconfig payload, BindingOptions options) {
        String variable = name(BindingOptions.VARIABLE, options.variable(), DEFAULT_KUBECONFIG_VARIABLE);
        String context = options.context() != null ? options.context() : payload.defaultContext();
        String namespace = options.namespace() != null ? options.namespace() : payload.defaultNamespace();
        String content = payload.content().plainText();
        String selected = analyzer.select(content, context, namespace);

        List<SecretValue> secrets = new ArrayList<>();
        for (String fragment : analyzer.sensitiveFragments(content)) {
            secrets.add(SecretValue.of(fragment));
        }
        List<String> warnings = new ArrayList<>();
        KubeconfigAnalysis analysis = analyzer.analyse(selected);
        for (KubeconfigProblem warning : analysis.warnings()) {
            warnings.add(warning.message());
        }
        return new BindingPlan(
                Map.of(),
                List.of(new PlannedFile(variable, KUBECONFIG_FILE_NAME, SecretValue.of(selected))),
                secrets,
                warnings);
    }

    private static void refuseOptionsOfOtherTypes(CredentialType type, BindingOptions options) {
        if (type != CredentialType.USERNAME_PASSWORD) {
            refuseIfSet(type, BindingOptions.USERNAME_VARIABLE, options.usernameVariable());
            refuseIfSet(type, BindingOptions.PASSWORD_VARIABLE, options.passwordVariable());
        }
        if (type == CredentialType.USERNAME_PASSWORD) {
            refuseIfSet(type, BindingOptions.VARIABLE, options.variable());
        }
        if (type != CredentialType.KUBECONFIG) {
            refuseIfSet(type, BindingOptions.CONTEXT, options.context());
            refuseIfSet(type, BindingOptions.NAMESPACE, options.namespace());
        }
    }

    private static void refuseIfSet(CredentialType type, String option, String value) {
        if (value != null) {
            throw WorkbenchException.invalid(option, "binding.optionNotForType", option, type.wireName());
        }
    }

    private static String name(String option, String requested, String fallback) {
        if (requested == null) {
            return fallback;
        }
        if (requested.length() > MAX_VARIABLE_LENGTH) {
            throw WorkbenchException.invalid(option, "binding.variableTooLong", option, MAX_VARIABLE_LENGTH);
        }
        if (!ENVIRONMENT_NAME.matcher(requested).matches()) {
            throw WorkbenchException.invalid(option, "binding.badVariable", option, requested);
        }
        return requested;
    }
}
