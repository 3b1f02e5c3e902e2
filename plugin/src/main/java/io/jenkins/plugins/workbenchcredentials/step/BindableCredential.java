package io.jenkins.plugins.workbenchcredentials.step;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import io.jenkins.plugins.workbenchcredentials.credentials.CoreCredentials;
import io.jenkins.plugins.workbenchcredentials.credentials.WorkbenchCredentials;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigAnalysis;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigAnalyzer;
import io.jenkins.plugins.workbenchcredentials.l10n.CoreMessages;
import io.jenkins.plugins.workbenchcredentials.model.Credential;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.model.CredentialPayload;
import io.jenkins.plugins.workbenchcredentials.model.FieldLimits;
import io.jenkins.plugins.workbenchcredentials.model.SecretValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * A credential the step can bind, as the core's model of it: the three workbench types as they are,
 * and Jenkins' standard types of the same kinds (username with password, secret text, a secret file
 * that holds a kubeconfig), so pipelines can use credentials that already exist.
 */
final class BindableCredential {
    /**
     * Stands in for an ID outside the workbench's rule, which Jenkins' own forms refuse but its XML
     * paths accept: the planner does not look at the ID, so such a credential still binds.
     */
    private static final CredentialId OUTSIDE_THE_ID_RULE = CredentialId.of("credential");

    private final Credential credential;
    private final List<String> alsoSecret;

    private BindableCredential(Credential credential, List<String> alsoSecret) {
        this.credential = credential;
        this.alsoSecret = List.copyOf(alsoSecret);
    }

    /** What the core's planner binds. */
    @NonNull
    Credential credential() {
        return credential;
    }

    /** Values to mask beyond those the planner names, e.g. a username marked as secret. */
    @NonNull
    List<String> alsoSecret() {
        return alsoSecret;
    }

    static BindableCredential of(@NonNull StandardCredentials found, @NonNull KubeconfigAnalyzer analyzer)
            throws AbortException {
        if (found instanceof WorkbenchCredentials workbench) {
            return new BindableCredential(CoreCredentials.toCore(workbench), List.of());
        }
        if (found instanceof StandardUsernamePasswordCredentials up) {
            CredentialPayload payload = new CredentialPayload.UsernamePassword(
                    up.getUsername(), SecretValue.of(up.getPassword().getPlainText()));
            // Credentials created before usernames could be shown keep them secret: mask them too.
            List<String> username = up.isUsernameSecret() ? List.of(up.getUsername()) : List.of();
            return new BindableCredential(credential(found, payload), username);
        }
        if (found instanceof StringCredentials text) {
            CredentialPayload payload = new CredentialPayload.SecretText(
                    SecretValue.of(text.getSecret().getPlainText()));
            return new BindableCredential(credential(found, payload), List.of());
        }
        if (found instanceof FileCredentials file) {
            return new BindableCredential(credential(found, kubeconfig(file, analyzer)), List.of());
        }
        throw new AbortException(Messages.BindableCredential_UnsupportedType(
                found.getId(), found.getDescriptor().getDisplayName()));
    }

    /** A secret file binds when it holds a valid kubeconfig; its own current-context is the default. */
    private static CredentialPayload kubeconfig(FileCredentials file, KubeconfigAnalyzer analyzer)
            throws AbortException {
        byte[] content;
        try (InputStream in = file.getContent()) {
            content = in.readNBytes(FieldLimits.KUBECONFIG_MAX_BYTES + 1);
        } catch (IOException e) {
            throw new AbortException(Messages.BindableCredential_Unreadable(
                    file.getId(), e.getClass().getSimpleName()));
        }
        if (content.length > FieldLimits.KUBECONFIG_MAX_BYTES) {
            throw new AbortException(
                    Messages.BindableCredential_FileTooLarge(file.getId(), FieldLimits.KUBECONFIG_MAX_BYTES));
        }
        String text = new String(content, StandardCharsets.UTF_8);
        KubeconfigAnalysis analysis = analyzer.analyse(text);
        if (!analysis.valid()) {
            throw new AbortException(Messages.BindableCredential_NotAKubeconfig(
                    file.getId(), CoreMessages.of(analysis.errors().get(0))));
        }
        return new CredentialPayload.Kubeconfig(SecretValue.of(text), null, null);
    }

    private static Credential credential(StandardCredentials found, CredentialPayload payload) {
        CredentialId id = CredentialId.isValid(found.getId()) ? CredentialId.of(found.getId()) : OUTSIDE_THE_ID_RULE;
        // Times and revision are the workbench's own bookkeeping; a binding does not use them.
        return new Credential(
                id,
                found.getDescription(),
                CoreCredentials.toCore(found.getScope()),
                payload,
                Instant.EPOCH,
                Instant.EPOCH,
                1);
    }
}
