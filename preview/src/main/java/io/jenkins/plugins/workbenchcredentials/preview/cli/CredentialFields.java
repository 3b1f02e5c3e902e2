package io.jenkins.plugins.workbenchcredentials.preview.cli;

import io.jenkins.plugins.workbenchcredentials.service.CredentialRequest;
import picocli.CommandLine.Option;

/** The options of {@code create} and {@code update} that are not secrets (those come from standard input). */
final class CredentialFields {
    @Option(names = "--description", paramLabel = "TEXT", description = "What the credential is for.")
    String description;

    @Option(names = "--username", paramLabel = "NAME", description = "username-password: the username.")
    String username;

    @Option(
            names = "--context",
            paramLabel = "NAME",
            description =
                    "kubeconfig: the context a binding selects when it names none (empty: the file's current-context).")
    String context;

    @Option(
            names = "--namespace",
            paramLabel = "NAME",
            description = "kubeconfig: the namespace a binding selects when it names none (empty: the context's).")
    String namespace;

    CredentialRequest.Builder applyTo(CredentialRequest.Builder request) {
        return request.description(description)
                .username(username)
                .defaultContext(context)
                .defaultNamespace(namespace);
    }
}
