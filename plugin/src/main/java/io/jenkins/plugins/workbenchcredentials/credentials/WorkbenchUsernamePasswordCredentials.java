package io.jenkins.plugins.workbenchcredentials.credentials;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.Descriptor;
import hudson.util.Secret;
import io.jenkins.plugins.workbenchcredentials.model.CredentialPayload;
import io.jenkins.plugins.workbenchcredentials.model.SecretValue;
import java.util.Objects;
import jenkins.security.FIPS140;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/** A username and password, e.g. for a container registry or a Git server. */
public final class WorkbenchUsernamePasswordCredentials extends WorkbenchCredentials
        implements StandardUsernamePasswordCredentials {
    private static final long serialVersionUID = 1L;

    /** The shortest password Jenkins accepts in FIPS 140 mode, as the credentials plugin enforces it. */
    static final int FIPS_MIN_PASSWORD_LENGTH = 14;

    private final String username;
    private final Secret password;

    /**
     * @throws Descriptor.FormException when the ID breaks the ID rule, or the password is too short for
     *     FIPS 140 mode
     */
    @DataBoundConstructor
    public WorkbenchUsernamePasswordCredentials(
            @CheckForNull CredentialsScope scope,
            @NonNull String id,
            @CheckForNull String description,
            @NonNull String username,
            @NonNull Secret password)
            throws Descriptor.FormException {
        super(scope, id, description);
        this.username = Util.fixNull(username);
        this.password = Objects.requireNonNullElseGet(password, () -> Secret.fromString(""));
        if (FIPS140.useCompliantAlgorithms() && this.password.getPlainText().length() < FIPS_MIN_PASSWORD_LENGTH) {
            throw new Descriptor.FormException(
                    Messages.WorkbenchUsernamePasswordCredentials_PasswordTooShortForFips(FIPS_MIN_PASSWORD_LENGTH),
                    "password");
        }
    }

    @NonNull
    @Override
    public String getUsername() {
        return username;
    }

    @NonNull
    @Override
    public Secret getPassword() {
        return password;
    }

    /**
     * An account name, not a secret: masking short, common names such as {@code admin} would garble
     * build logs. New credentials of the credentials plugin default the same way.
     */
    @Override
    public boolean isUsernameSecret() {
        return false;
    }

    @NonNull
    @Override
    CredentialPayload payload() {
        return new CredentialPayload.UsernamePassword(username, SecretValue.of(password.getPlainText()));
    }

    @Extension
    @Symbol("workbenchUsernamePassword")
    public static class DescriptorImpl extends WorkbenchCredentialsDescriptor {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.WorkbenchUsernamePasswordCredentials_DisplayName();
        }

        @Override
        public String getDescription() {
            return Messages.WorkbenchUsernamePasswordCredentials_Description();
        }

        @Override
        public String getIconClassName() {
            return "symbol-id-card";
        }
    }
}
