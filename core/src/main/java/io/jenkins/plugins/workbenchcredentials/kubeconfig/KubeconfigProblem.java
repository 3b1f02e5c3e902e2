package io.jenkins.plugins.workbenchcredentials.kubeconfig;

import java.util.List;

/**
 * One error or warning about a kubeconfig.
 *
 * @param code    the message key in {@code messages.properties}, for hosts that localise
 * @param path    where in the file, e.g. {@code users[admin].user.client-key}; empty for the whole file
 * @param message the English message
 * @param args    the message arguments (names, paths, URLs, limits; never a secret)
 */
public record KubeconfigProblem(String code, String path, String message, List<String> args) {

    public KubeconfigProblem {
        args = List.copyOf(args);
    }
}
