package io.jenkins.plugins.workbenchcredentials.credentials;

import com.cloudbees.plugins.credentials.ContextInPath;
import com.cloudbees.plugins.credentials.CredentialsScope;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.Descriptor;
import hudson.model.ModelObject;
import hudson.util.FormValidation;
import hudson.util.Secret;
import io.jenkins.plugins.workbenchcredentials.model.CredentialPayload;
import io.jenkins.plugins.workbenchcredentials.model.SecretValue;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * A kubeconfig file, with the context and namespace a binding selects when the pipeline names none.
 *
 * <p>A {@link FileCredentials}, so plugins that take a kubeconfig as a "secret file" (kubernetes-cli,
 * kubernetes-credentials) can use it too. The text is kept as a {@link Secret} rather than
 * {@code SecretBytes}: a kubeconfig is UTF-8 text that is edited in a text area, {@code Secret} is what
 * the form's secret text area, JCasC's secret handling and the core's analysis all work with, and
 * {@code SecretBytes} would only add a Base64 layer for bytes that are text anyway.
 */
public final class WorkbenchKubeconfigCredentials extends WorkbenchCredentials implements FileCredentials {
    private static final long serialVersionUID = 1L;

    /** The name of the file a binding writes; tools find it through {@code KUBECONFIG}. */
    public static final String FILE_NAME = "kubeconfig";

    private final Secret kubeconfig;
    private final String defaultContext;
    private final String defaultNamespace;

    /**
     * @param defaultContext blank for the file's own current-context
     * @param defaultNamespace blank for the context's own namespace
     * @throws Descriptor.FormException when the ID breaks the ID rule, the kubeconfig has errors, the
     *     default context does not exist in it, or the default namespace is not a valid name
     */
    @DataBoundConstructor
    public WorkbenchKubeconfigCredentials(
            @CheckForNull CredentialsScope scope,
            @NonNull String id,
            @CheckForNull String description,
            @NonNull Secret kubeconfig,
            @CheckForNull String defaultContext,
            @CheckForNull String defaultNamespace)
            throws Descriptor.FormException {
        super(scope, id, description);
        this.defaultContext = Util.fixEmptyAndTrim(defaultContext);
        this.defaultNamespace = Util.fixEmptyAndTrim(defaultNamespace);
        KubeconfigCheck.require(Secret.toString(kubeconfig), this.defaultContext, this.defaultNamespace);
        this.kubeconfig = kubeconfig;
    }

    @NonNull
    public Secret getKubeconfig() {
        return kubeconfig;
    }

    @CheckForNull
    public String getDefaultContext() {
        return defaultContext;
    }

    @CheckForNull
    public String getDefaultNamespace() {
        return defaultNamespace;
    }

    @NonNull
    @Override
    public String getFileName() {
        return FILE_NAME;
    }

    @NonNull
    @Override
    public InputStream getContent() {
        return new ByteArrayInputStream(kubeconfig.getPlainText().getBytes(StandardCharsets.UTF_8));
    }

    @NonNull
    @Override
    CredentialPayload payload() {
        return new CredentialPayload.Kubeconfig(
                SecretValue.of(kubeconfig.getPlainText()), defaultContext, defaultNamespace);
    }

    @Extension
    @Symbol("workbenchKubeconfig")
    public static class DescriptorImpl extends WorkbenchCredentialsDescriptor {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.WorkbenchKubeconfigCredentials_DisplayName();
        }

        @Override
        public String getDescription() {
            return Messages.WorkbenchKubeconfigCredentials_Description();
        }

        @Override
        public String getIconClassName() {
            return "symbol-cloud";
        }

        @POST
        public FormValidation doCheckKubeconfig(@ContextInPath ModelObject context, @QueryParameter String value) {
            if (!maySeeSecretsIn(context)) {
                return FormValidation.ok();
            }
            return KubeconfigCheck.validate(plainText(value));
        }

        @POST
        public FormValidation doCheckDefaultContext(
                @ContextInPath ModelObject context, @QueryParameter String value, @QueryParameter String kubeconfig) {
            if (!maySeeSecretsIn(context)) {
                return FormValidation.ok();
            }
            return KubeconfigCheck.validateContext(plainText(kubeconfig), Util.fixEmptyAndTrim(value));
        }

        @POST
        public FormValidation doCheckDefaultNamespace(
                @ContextInPath ModelObject context,
                @QueryParameter String value,
                @QueryParameter String kubeconfig,
                @QueryParameter String defaultContext) {
            if (!maySeeSecretsIn(context)) {
                return FormValidation.ok();
            }
            return KubeconfigCheck.validateNamespace(
                    plainText(kubeconfig), Util.fixEmptyAndTrim(defaultContext), Util.fixEmptyAndTrim(value));
        }

        /** The form posts new text as typed and an unchanged secret encrypted; this reads either. */
        private static String plainText(@CheckForNull String posted) {
            return Secret.fromString(posted).getPlainText();
        }
    }
}
