package io.jenkins.plugins.workbenchcredentials.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Descriptor;
import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import io.jenkins.plugins.workbenchcredentials.l10n.CoreMessages;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;

/**
 * The core's ID rule ({@code [a-zA-Z0-9_.-]+}, at most 128 characters) for credentials that enter
 * Jenkins by its own paths: the credentials form, the REST and CLI XML commands, and JCasC. The
 * credentials plugin checks the pattern only while the form is typed in; this is checked on save.
 */
final class CredentialIdCheck {
    static final String FIELD = "id";

    private CredentialIdCheck() {}

    /** What is wrong with the ID, in the user's language; {@code null} when it is valid. */
    @CheckForNull
    static String problem(@CheckForNull String id) {
        try {
            CredentialId.of(id);
            return null;
        } catch (WorkbenchException e) {
            return CoreMessages.of(e);
        }
    }

    static void require(@CheckForNull String id) throws Descriptor.FormException {
        String problem = problem(id);
        if (problem != null) {
            throw new Descriptor.FormException(problem, FIELD);
        }
    }
}
