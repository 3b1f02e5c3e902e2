package io.jenkins.plugins.workbenchcredentials.step;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.model.Job;
import hudson.model.Run;
import hudson.security.ACL;
import java.util.List;
import jenkins.model.Jenkins;

/**
 * Finds the credential a build names, as the build may see it: in the stores of its folders and of
 * Jenkins, as the build's authentication, and through credentials parameters. When it is not found,
 * tells why, so the message says what to do: the build may not use it, it is a System credential, or
 * there is none with that ID.
 */
final class CredentialLookup {
    private CredentialLookup() {}

    @NonNull
    static StandardCredentials find(@NonNull String id, @NonNull Run<?, ?> run) throws AbortException {
        StandardCredentials found = CredentialsProvider.findCredentialById(id, StandardCredentials.class, run);
        if (found != null) {
            return found;
        }
        // Only to explain the failure; nothing found here is bound.
        Job<?, ?> job = run.getParent();
        if (CredentialsProvider.findCredentialByIdInItem(id, StandardCredentials.class, job, ACL.SYSTEM2, List.of())
                != null) {
            throw new AbortException(Messages.CredentialLookup_NoPermission(
                    id, Jenkins.getAuthentication2().getName(), job.getFullName()));
        }
        StandardCredentials inJenkins = CredentialsProvider.findCredentialByIdInItemGroup(
                id, StandardCredentials.class, Jenkins.get(), ACL.SYSTEM2, List.of());
        if (inJenkins != null && inJenkins.getScope() == CredentialsScope.SYSTEM) {
            throw new AbortException(Messages.CredentialLookup_SystemScope(id));
        }
        throw new AbortException(Messages.CredentialLookup_NotFound(id, job.getFullName()));
    }
}
