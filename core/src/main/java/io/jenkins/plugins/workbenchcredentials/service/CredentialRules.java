package io.jenkins.plugins.workbenchcredentials.service;

import io.jenkins.plugins.workbenchcredentials.error.ErrorCode;
import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.ContextSummary;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigAnalysis;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigAnalyzer;
import io.jenkins.plugins.workbenchcredentials.model.Credential;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.model.CredentialPayload;
import io.jenkins.plugins.workbenchcredentials.model.CredentialPayload.Kubeconfig;
import io.jenkins.plugins.workbenchcredentials.model.CredentialPayload.SecretText;
import io.jenkins.plugins.workbenchcredentials.model.CredentialPayload.UsernamePassword;
import io.jenkins.plugins.workbenchcredentials.model.CredentialScope;
import io.jenkins.plugins.workbenchcredentials.model.CredentialType;
import io.jenkins.plugins.workbenchcredentials.model.FieldLimits;
import io.jenkins.plugins.workbenchcredentials.model.KubernetesNames;
import io.jenkins.plugins.workbenchcredentials.model.SecretValue;
import java.time.Instant;
import java.util.Objects;

/**
 * The rules of creating and changing a credential, in one place for every host: required fields per
 * type, bounds, the ID and type fixed once set, a blank secret keeping the stored one, a kubeconfig that
 * parses and whose default context exists. Every violation is a {@link WorkbenchException} naming the field.
 */
public final class CredentialRules {
    public static final String DESCRIPTION = "description";
    public static final String USERNAME = "username";
    public static final String PASSWORD = "password";
    public static final String TOKEN = "token";
    public static final String KUBECONFIG = "kubeconfig";
    public static final String DEFAULT_CONTEXT = "defaultContext";
    public static final String DEFAULT_NAMESPACE = "defaultNamespace";
    public static final String REVISION = "revision";

    private final KubeconfigAnalyzer analyzer;

    public CredentialRules(KubeconfigAnalyzer analyzer) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    }

    /** A new credential from a create request. */
    public Credential create(CredentialRequest request, Instant now) {
        CredentialId id = CredentialId.of(request.id());
        CredentialType type = CredentialType.fromWireName(request.type());
        refuseFieldsOfOtherTypes(type, request);
        String description = description(request.description());
        CredentialScope scope = CredentialScope.fromWireName(request.scope());
        CredentialPayload payload =
                switch (type) {
                    case USERNAME_PASSWORD ->
                        new UsernamePassword(
                                username(request.username()),
                                secret(
                                        PASSWORD,
                                        required(PASSWORD, request.password()),
                                        FieldLimits.PASSWORD_MAX_BYTES));
                    case SECRET_TEXT ->
                        new SecretText(secret(TOKEN, required(TOKEN, request.token()), FieldLimits.TOKEN_MAX_BYTES));
                    case KUBECONFIG ->
                        kubeconfig(
                                required(KUBECONFIG, request.kubeconfig()),
                                blankToNull(request.defaultContext()),
                                blankToNull(request.defaultNamespace()));
                };
        return new Credential(id, description, scope, payload, now, now, 1);
    }

    /** The stored credential with an update request applied; {@code null} fields keep what is stored. */
    public Credential update(Credential current, CredentialRequest request, Instant now) {
        if (request.id() != null && !request.id().equals(current.id().value())) {
            throw WorkbenchException.invalid(
                    CredentialId.FIELD, "id.immutable", current.id().value());
        }
        if (request.type() != null && !request.type().equals(current.type().wireName())) {
            throw WorkbenchException.invalid(
                    CredentialType.FIELD, "type.immutable", current.type().wireName());
        }
        if (request.revision() != null && request.revision() != current.revision()) {
            throw new WorkbenchException(
                    ErrorCode.CONFLICT, REVISION, "revision.stale", current.id().value(), current.revision());
        }
        refuseFieldsOfOtherTypes(current.type(), request);
        String description = request.description() == null ? current.description() : description(request.description());
        CredentialScope scope =
                request.scope() == null ? current.scope() : CredentialScope.fromWireName(request.scope());
        CredentialPayload payload =
                switch (current.type()) {
                    case USERNAME_PASSWORD -> updatedUsernamePassword((UsernamePassword) current.payload(), request);
                    case SECRET_TEXT ->
                        new SecretText(
                                isBlank(request.token())
                                        ? ((SecretText) current.payload()).token()
                                        : secret(TOKEN, request.token(), FieldLimits.TOKEN_MAX_BYTES));
                    case KUBECONFIG -> updatedKubeconfig((Kubeconfig) current.payload(), request);
                };
        return current.changed(description, scope, payload, now);
    }

    private static UsernamePassword updatedUsernamePassword(UsernamePassword stored, CredentialRequest request) {
        return new UsernamePassword(
                request.username() == null ? stored.username() : username(request.username()),
                isBlank(request.password())
                        ? stored.password()
                        : secret(PASSWORD, request.password(), FieldLimits.PASSWORD_MAX_BYTES));
    }

    private Kubeconfig updatedKubeconfig(Kubeconfig stored, CredentialRequest request) {
        return kubeconfig(
                isBlank(request.kubeconfig()) ? stored.content() : request.kubeconfig(),
                request.defaultContext() == null ? stored.defaultContext() : blankToNull(request.defaultContext()),
                request.defaultNamespace() == null
                        ? stored.defaultNamespace()
                        : blankToNull(request.defaultNamespace()));
    }

    private Kubeconfig kubeconfig(SecretValue content, String defaultContext, String defaultNamespace) {
        secret(KUBECONFIG, content, FieldLimits.KUBECONFIG_MAX_BYTES);
        KubeconfigAnalysis analysis = analyzer.analyse(content.plainText());
        if (!analysis.valid()) {
            throw new InvalidKubeconfigException(analysis.errors());
        }
        if (defaultContext != null) {
            if (defaultContext.length() > FieldLimits.CONTEXT_MAX_CHARS) {
                throw WorkbenchException.invalid(
                        DEFAULT_CONTEXT, "field.tooLong", DEFAULT_CONTEXT, FieldLimits.CONTEXT_MAX_CHARS);
            }
            boolean exists = analysis.summary().contexts().stream()
                    .map(ContextSummary::name)
                    .anyMatch(defaultContext::equals);
            if (!exists) {
                throw WorkbenchException.invalid(
                        DEFAULT_CONTEXT,
                        "kubeconfig.contextNotFound",
                        defaultContext,
                        String.join(
                                ", ",
                                analysis.summary().contexts().stream()
                                        .map(ContextSummary::name)
                                        .toList()));
            }
        }
        if (defaultNamespace != null && !KubernetesNames.isNamespace(defaultNamespace)) {
            throw WorkbenchException.invalid(DEFAULT_NAMESPACE, "kubeconfig.namespaceInvalid", defaultNamespace);
        }
        return new Kubeconfig(content, defaultContext, defaultNamespace);
    }

    /** A field that belongs to another type is a mistake worth naming, not something to drop quietly. */
    private static void refuseFieldsOfOtherTypes(CredentialType type, CredentialRequest request) {
        if (type != CredentialType.USERNAME_PASSWORD) {
            refuseIfPresent(type, USERNAME, request.username());
            refuseIfPresent(type, PASSWORD, request.password());
        }
        if (type != CredentialType.SECRET_TEXT) {
            refuseIfPresent(type, TOKEN, request.token());
        }
        if (type != CredentialType.KUBECONFIG) {
            refuseIfPresent(type, KUBECONFIG, request.kubeconfig());
            refuseIfPresent(type, DEFAULT_CONTEXT, request.defaultContext());
            refuseIfPresent(type, DEFAULT_NAMESPACE, request.defaultNamespace());
        }
    }

    private static void refuseIfPresent(CredentialType type, String field, Object value) {
        boolean present = value instanceof SecretValue s ? !s.isBlank() : value instanceof String t && !t.isBlank();
        if (present) {
            throw WorkbenchException.invalid(field, "field.notForType", field, type.wireName());
        }
    }

    private static String description(String description) {
        if (description == null) {
            return "";
        }
        if (description.length() > FieldLimits.DESCRIPTION_MAX_CHARS) {
            throw WorkbenchException.invalid(
                    DESCRIPTION, "field.tooLong", DESCRIPTION, FieldLimits.DESCRIPTION_MAX_CHARS);
        }
        if (description.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw WorkbenchException.invalid(DESCRIPTION, "field.controlCharacter", DESCRIPTION);
        }
        return description.strip();
    }

    private static String username(String username) {
        if (username == null || username.isBlank()) {
            throw WorkbenchException.invalid(USERNAME, "field.required", USERNAME);
        }
        if (username.length() > FieldLimits.USERNAME_MAX_CHARS) {
            throw WorkbenchException.invalid(USERNAME, "field.tooLong", USERNAME, FieldLimits.USERNAME_MAX_CHARS);
        }
        if (username.chars().anyMatch(Character::isISOControl)) {
            // A line break in a username ends up in environment variables and command lines.
            throw WorkbenchException.invalid(USERNAME, "field.controlCharacter", USERNAME);
        }
        return username;
    }

    private static SecretValue required(String field, SecretValue value) {
        if (value == null || value.length() == 0) {
            throw WorkbenchException.invalid(field, "field.required", field);
        }
        return value;
    }

    private static SecretValue secret(String field, SecretValue value, int maxBytes) {
        if (value.utf8Length() > maxBytes) {
            throw WorkbenchException.invalid(field, "field.tooLarge", field, maxBytes);
        }
        return value;
    }

    private static boolean isBlank(SecretValue value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
