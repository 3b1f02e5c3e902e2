package io.jenkins.plugins.workbenchcredentials.credentials;

import com.cloudbees.plugins.credentials.CredentialsScope;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Descriptor;
import hudson.util.Secret;
import io.jenkins.plugins.workbenchcredentials.model.CredentialPayload;
import io.jenkins.plugins.workbenchcredentials.model.SecretValue;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.kohsuke.stapler.DataBoundConstructor;

/** One secret string, e.g. an access token. */
public final class WorkbenchSecretTextCredentials extends WorkbenchCredentials implements StringCredentials {
    private static final long serialVersionUID = 1L;

    static final String SECRET_FIELD = "secret";

    private final Secret secret;

    /** @throws Descriptor.FormException when the ID breaks the ID rule, or the secret is empty */
    @DataBoundConstructor
    public WorkbenchSecretTextCredentials(
            @CheckForNull CredentialsScope scope,
            @NonNull String id,
            @CheckForNull String description,
            @NonNull Secret secret)
            throws Descriptor.FormException {
        super(scope, id, description);
        // Secret.toString(Secret) is the null-safe plain text; an empty token is never what is meant.
        if (Secret.toString(secret).isEmpty()) {
            throw new Descriptor.FormException(Messages.WorkbenchSecretTextCredentials_SecretRequired(), SECRET_FIELD);
        }
        this.secret = secret;
    }

    @NonNull
    @Override
    public Secret getSecret() {
        return secret;
    }

    @NonNull
    @Override
    CredentialPayload payload() {
        return new CredentialPayload.SecretText(SecretValue.of(secret.getPlainText()));
    }

    @Extension
    @Symbol("workbenchSecretText")
    public static class DescriptorImpl extends WorkbenchCredentialsDescriptor {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.WorkbenchSecretTextCredentials_DisplayName();
        }

        @Override
        public String getDescription() {
            return Messages.WorkbenchSecretTextCredentials_Description();
        }

        @Override
        public String getIconClassName() {
            return "symbol-key";
        }
    }
}
