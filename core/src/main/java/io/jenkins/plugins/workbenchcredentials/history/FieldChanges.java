package io.jenkins.plugins.workbenchcredentials.history;

import io.jenkins.plugins.workbenchcredentials.model.Credential;
import io.jenkins.plugins.workbenchcredentials.model.CredentialPayload;
import io.jenkins.plugins.workbenchcredentials.model.SecretValue;
import io.jenkins.plugins.workbenchcredentials.service.CredentialRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The names of the fields a change touched, by comparing the credential before and after it. Secrets are
 * compared in memory and reported by name only; nothing derived from them leaves this class.
 */
public final class FieldChanges {
    public static final String SCOPE = "scope";

    private FieldChanges() {}

    /** The fields a new credential sets: those that are not empty. */
    public static List<String> set(Credential created) {
        List<String> fields = new ArrayList<>();
        if (!created.description().isEmpty()) {
            fields.add(CredentialRules.DESCRIPTION);
        }
        fields.add(SCOPE);
        CredentialPayload payload = created.payload();
        if (payload instanceof CredentialPayload.UsernamePassword up) {
            addIfSet(fields, CredentialRules.USERNAME, up.username());
            addIfSet(fields, CredentialRules.PASSWORD, up.password());
        } else if (payload instanceof CredentialPayload.SecretText text) {
            addIfSet(fields, CredentialRules.TOKEN, text.token());
        } else if (payload instanceof CredentialPayload.Kubeconfig kube) {
            addIfSet(fields, CredentialRules.KUBECONFIG, kube.content());
            addIfSet(fields, CredentialRules.DEFAULT_CONTEXT, kube.defaultContext());
            addIfSet(fields, CredentialRules.DEFAULT_NAMESPACE, kube.defaultNamespace());
        }
        return fields;
    }

    /**
     * The fields that differ between two states of one credential. A type change (which the workbench
     * refuses, but another tool may make) reports every field of both types.
     */
    public static List<String> between(Credential before, Credential after) {
        List<String> fields = new ArrayList<>();
        if (!before.description().equals(after.description())) {
            fields.add(CredentialRules.DESCRIPTION);
        }
        if (before.scope() != after.scope()) {
            fields.add(SCOPE);
        }
        CredentialPayload was = before.payload();
        CredentialPayload is = after.payload();
        if (was instanceof CredentialPayload.UsernamePassword a && is instanceof CredentialPayload.UsernamePassword b) {
            addIfDifferent(fields, CredentialRules.USERNAME, a.username(), b.username());
            addIfDifferent(fields, CredentialRules.PASSWORD, a.password(), b.password());
        } else if (was instanceof CredentialPayload.SecretText a && is instanceof CredentialPayload.SecretText b) {
            addIfDifferent(fields, CredentialRules.TOKEN, a.token(), b.token());
        } else if (was instanceof CredentialPayload.Kubeconfig a && is instanceof CredentialPayload.Kubeconfig b) {
            addIfDifferent(fields, CredentialRules.KUBECONFIG, a.content(), b.content());
            addIfDifferent(fields, CredentialRules.DEFAULT_CONTEXT, a.defaultContext(), b.defaultContext());
            addIfDifferent(fields, CredentialRules.DEFAULT_NAMESPACE, a.defaultNamespace(), b.defaultNamespace());
        } else {
            fields.add("type");
            for (String field : set(after)) {
                if (!fields.contains(field)) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    /** The entry for a credential that did not exist before: created. */
    public static HistoryEntry creation(Credential created, ChangeNote note) {
        return entry(note, ChangeKind.CREATED, created, set(created));
    }

    /** The entry for a change from {@code before} to {@code after}; {@code null} when nothing differs. */
    public static HistoryEntry update(Credential before, Credential after, ChangeNote note) {
        List<String> changed = between(before, after);
        return changed.isEmpty() ? null : entry(note, ChangeKind.UPDATED, after, changed);
    }

    public static HistoryEntry deletion(Credential deleted, ChangeNote note) {
        return entry(note, ChangeKind.DELETED, deleted, List.of());
    }

    private static HistoryEntry entry(ChangeNote note, ChangeKind kind, Credential credential, List<String> fields) {
        return new HistoryEntry(
                note.at(),
                kind,
                credential.type().wireName(),
                note.origin().actor(),
                note.origin().source(),
                fields);
    }

    private static void addIfSet(List<String> fields, String name, Object value) {
        boolean set =
                value instanceof SecretValue secret ? !secret.isBlank() : value instanceof String s && !s.isBlank();
        if (set) {
            fields.add(name);
        }
    }

    private static void addIfDifferent(List<String> fields, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(name);
        }
    }
}
