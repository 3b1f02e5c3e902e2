package io.jenkins.plugins.workbenchcredentials.usage;

import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Finds the credential IDs a definition names. An ID counts as referenced when it stands alone as a
 * quoted string ({@code 'dockerhub-id'}, {@code "dockerhub-id"}) or as an XML element's text
 * ({@code <credentialsId>dockerhub-id</credentialsId>}): the forms Jenkinsfiles and {@code config.xml}
 * use. Bare words are ignored, so an ID such as {@code build} is not found in every script.
 */
public final class ReferenceScanner {
    private ReferenceScanner() {}

    public static Set<String> referencedIds(CharSequence text) {
        Set<String> ids = new LinkedHashSet<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char open = text.charAt(i);
            if (open != '\'' && open != '"' && open != '>') {
                i++;
                continue;
            }
            int start = i + 1;
            int end = start;
            while (end < n && CredentialId.isIdChar(text.charAt(end))) {
                end++;
            }
            if (end > start && end < n && closes(open, text.charAt(end))) {
                String candidate = text.subSequence(start, end).toString();
                if (CredentialId.isValid(candidate)) {
                    ids.add(candidate);
                }
            }
            i = end > start ? end : start;
        }
        return ids;
    }

    private static boolean closes(char open, char close) {
        return open == '>' ? close == '<' : close == open;
    }
}
