package io.jenkins.plugins.workbenchcredentials.credentials;

import com.cloudbees.plugins.credentials.CredentialsScope;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Descriptor;
import hudson.util.Secret;
import io.jenkins.plugins.workbenchcredentials.model.Credential;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.model.CredentialPayload;
import io.jenkins.plugins.workbenchcredentials.model.CredentialScope;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** Converts between the credentials Jenkins stores and the core's model of them. */
@Restricted(NoExternalUse.class)
public final class CoreCredentials {
    private CoreCredentials() {}

    /** The core's view of a stored credential, secrets included (the service never returns them). */
    @NonNull
    public static Credential toCore(@NonNull WorkbenchCredentials stored) {
        return new Credential(
                CredentialId.of(stored.getId()),
                stored.getDescription(),
                toCore(stored.getScope()),
                stored.payload(),
                stored.getCreatedAt(),
                stored.getUpdatedAt(),
                stored.getRevision());
    }

    /** The credential to store for one the service made or changed, with its times and revision. */
    @NonNull
    public static WorkbenchCredentials toJenkins(@NonNull Credential credential) {
        CredentialsScope scope = toJenkins(credential.scope());
        String id = credential.id().value();
        String description = credential.description();
        WorkbenchCredentials stored;
        try {
            if (credential.payload() instanceof CredentialPayload.UsernamePassword up) {
                stored = new WorkbenchUsernamePasswordCredentials(
                        scope,
                        id,
                        description,
                        up.username(),
                        secret(up.password().plainText()));
            } else if (credential.payload() instanceof CredentialPayload.SecretText text) {
                stored = new WorkbenchSecretTextCredentials(
                        scope, id, description, secret(text.token().plainText()));
            } else {
                CredentialPayload.Kubeconfig kc = (CredentialPayload.Kubeconfig) credential.payload();
                stored = new WorkbenchKubeconfigCredentials(
                        scope,
                        id,
                        description,
                        secret(kc.content().plainText()),
                        kc.defaultContext(),
                        kc.defaultNamespace());
            }
        } catch (Descriptor.FormException e) {
            // The service validated the credential by the same rules; the message names the field only.
            throw new IllegalStateException("Credential " + id + " refused by Jenkins: " + e.getMessage(), e);
        }
        stored.restore(credential.createdAt(), credential.updatedAt(), credential.revision());
        return stored;
    }

    /** Jenkins' USER scope (personal stores) and no scope at all are reachable by jobs, like GLOBAL. */
    @NonNull
    public static CredentialScope toCore(@CheckForNull CredentialsScope scope) {
        return scope == CredentialsScope.SYSTEM ? CredentialScope.SYSTEM : CredentialScope.GLOBAL;
    }

    @NonNull
    static CredentialsScope toJenkins(@NonNull CredentialScope scope) {
        return scope == CredentialScope.SYSTEM ? CredentialsScope.SYSTEM : CredentialsScope.GLOBAL;
    }

    /**
     * As Jenkins' own credential forms bind a secret: a text that is a ciphertext of this Jenkins is
     * decrypted. Whoever may create credentials here can do the same through those forms.
     */
    @NonNull
    private static Secret secret(@NonNull String plainText) {
        return Secret.fromString(plainText);
    }
}
