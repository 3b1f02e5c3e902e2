package io.jenkins.plugins.workbenchcredentials.step;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.workbenchcredentials.binding.BindingOptions;
import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import io.jenkins.plugins.workbenchcredentials.l10n.CoreMessages;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import java.util.List;
import java.util.Set;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code withWorkbenchCredential('id') { … }}: binds one credential to environment variables for a block,
 * masks its secrets in the block's log, and removes any file it wrote when the block ends.
 *
 * <pre>
 * withWorkbenchCredential('dockerhub-id') { sh 'echo "$PASSWORD" | docker login -u "$USERNAME" --password-stdin' }
 * withWorkbenchCredential(id: 'prod-kube', context: 'prod', namespace: 'web') { sh 'kubectl get pods' }
 * withWorkbenchCredential(id: 'gh-token', variable: 'GH_TOKEN') { sh 'gh release list' }
 * </pre>
 */
public final class WithWorkbenchCredentialStep extends Step {
    static final String FUNCTION_NAME = "withWorkbenchCredential";

    // The only constructor parameter, so a single unnamed argument binds to it.
    private final String id;
    private String context;
    private String namespace;
    private String usernameVariable;
    private String passwordVariable;
    private String variable;

    @DataBoundConstructor
    public WithWorkbenchCredentialStep(@CheckForNull String id) {
        this.id = Util.fixEmptyAndTrim(id);
    }

    /** The credential's ID, or a {@code ${PARAMETER}} naming a credentials parameter of the build. */
    @CheckForNull
    public String getId() {
        return id;
    }

    /** For a kubeconfig: the context to select; unset for the credential's default context. */
    @CheckForNull
    public String getContext() {
        return context;
    }

    @DataBoundSetter
    public void setContext(@CheckForNull String context) {
        this.context = Util.fixEmptyAndTrim(context);
    }

    /** For a kubeconfig: the namespace to apply to the selected context. */
    @CheckForNull
    public String getNamespace() {
        return namespace;
    }

    @DataBoundSetter
    public void setNamespace(@CheckForNull String namespace) {
        this.namespace = Util.fixEmptyAndTrim(namespace);
    }

    /** For a username and password: the username's variable, {@code USERNAME} when unset. */
    @CheckForNull
    public String getUsernameVariable() {
        return usernameVariable;
    }

    @DataBoundSetter
    public void setUsernameVariable(@CheckForNull String usernameVariable) {
        this.usernameVariable = Util.fixEmptyAndTrim(usernameVariable);
    }

    /** For a username and password: the password's variable, {@code PASSWORD} when unset. */
    @CheckForNull
    public String getPasswordVariable() {
        return passwordVariable;
    }

    @DataBoundSetter
    public void setPasswordVariable(@CheckForNull String passwordVariable) {
        this.passwordVariable = Util.fixEmptyAndTrim(passwordVariable);
    }

    /** The variable of a secret text ({@code TOKEN}) or of a kubeconfig file's path ({@code KUBECONFIG}). */
    @CheckForNull
    public String getVariable() {
        return variable;
    }

    @DataBoundSetter
    public void setVariable(@CheckForNull String variable) {
        this.variable = Util.fixEmptyAndTrim(variable);
    }

    /** What the pipeline asks of the binding, as the core's planner takes it. */
    @NonNull
    BindingOptions options() {
        return new BindingOptions(usernameVariable, passwordVariable, variable, context, namespace);
    }

    @Override
    public StepExecution start(StepContext stepContext) {
        return new WorkbenchCredentialExecution(this, stepContext);
    }

    @Extension
    @Symbol(FUNCTION_NAME)
    public static final class DescriptorImpl extends StepDescriptor {
        /** The kinds of credential the step binds, for the Snippet Generator's list. */
        private static final CredentialsMatcher BINDABLE = CredentialsMatchers.anyOf(
                CredentialsMatchers.instanceOf(StandardUsernamePasswordCredentials.class),
                CredentialsMatchers.instanceOf(StringCredentials.class),
                CredentialsMatchers.instanceOf(FileCredentials.class));

        @Override
        public String getFunctionName() {
            return FUNCTION_NAME;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.WithWorkbenchCredentialStep_DisplayName();
        }

        @Override
        public boolean takesImplicitBlockArgument() {
            return true;
        }

        /** A workspace is needed only for a kubeconfig, and only then asked for. */
        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class);
        }

        /**
         * The credentials a job can bind, for the Snippet Generator; only to those who may configure the
         * job or use its credentials, as the credentials plugin recommends.
         */
        @POST
        public ListBoxModel doFillIdItems(@AncestorInPath Item item, @QueryParameter String id) {
            StandardListBoxModel result = new StandardListBoxModel();
            if (!mayListCredentials(item)) {
                result.includeCurrentValue(Util.fixNull(id));
                return result;
            }
            result.includeEmptyValue()
                    .includeMatchingAs(ACL.SYSTEM2, item, StandardCredentials.class, List.of(), BINDABLE)
                    .includeCurrentValue(Util.fixNull(id));
            return result;
        }

        /** The ID follows the ID rule and names a credential this job can see. */
        @POST
        public FormValidation doCheckId(@AncestorInPath Item item, @QueryParameter String value) {
            if (!mayListCredentials(item)) {
                return FormValidation.ok();
            }
            String id = Util.fixEmptyAndTrim(value);
            if (id == null) {
                return FormValidation.error(Messages.WithWorkbenchCredentialStep_IdRequired());
            }
            if (id.startsWith("${") && id.endsWith("}")) {
                return FormValidation.warning(Messages.WithWorkbenchCredentialStep_ParameterNotChecked());
            }
            try {
                CredentialId.of(id);
            } catch (WorkbenchException e) {
                return FormValidation.error(CoreMessages.of(e));
            }
            if (CredentialsProvider.findCredentialByIdInItem(
                            id, StandardCredentials.class, item, ACL.SYSTEM2, List.of())
                    == null) {
                return FormValidation.warning(Messages.WithWorkbenchCredentialStep_NotVisible());
            }
            return FormValidation.ok();
        }

        private static boolean mayListCredentials(@CheckForNull Item item) {
            if (item == null) {
                return Jenkins.get().hasPermission(Jenkins.ADMINISTER);
            }
            return item.hasAnyPermission(Item.EXTENDED_READ, CredentialsProvider.USE_ITEM);
        }
    }
}
