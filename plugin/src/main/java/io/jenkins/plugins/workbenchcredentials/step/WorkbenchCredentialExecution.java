package io.jenkins.plugins.workbenchcredentials.step;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.FilePath;
import hudson.console.ConsoleLogFilter;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.Secret;
import io.jenkins.plugins.workbenchcredentials.binding.BindingOptions;
import io.jenkins.plugins.workbenchcredentials.binding.BindingPlan;
import io.jenkins.plugins.workbenchcredentials.binding.BindingPlanner;
import io.jenkins.plugins.workbenchcredentials.binding.PlannedFile;
import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigAnalyzer;
import io.jenkins.plugins.workbenchcredentials.l10n.CoreMessages;
import io.jenkins.plugins.workbenchcredentials.model.SecretValue;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jenkinsci.plugins.workflow.steps.BodyInvoker;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;
import org.jenkinsci.plugins.workflow.steps.FailureHandler;
import org.jenkinsci.plugins.workflow.steps.GeneralNonBlockingStepExecution;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Binds the credential and runs the block, as credentials-binding's {@code withCredentials} does: the
 * lookup, the plan and the agent's file are done off the Pipeline's thread; the block gets the variables,
 * the masking log filter and the error masking as its context; the callback removes the file however
 * the block ends (success, failure, abort).
 */
final class WorkbenchCredentialExecution extends GeneralNonBlockingStepExecution {
    private static final long serialVersionUID = 1L;

    // Thread-safe; the analyzer bounds what one kubeconfig can make it parse.
    private static final KubeconfigAnalyzer ANALYZER = new KubeconfigAnalyzer();
    private static final BindingPlanner PLANNER = new BindingPlanner(ANALYZER);

    /** Used only while the binding is made; a Step is not serializable, and a resumed block does not need it. */
    private transient WithWorkbenchCredentialStep step;

    WorkbenchCredentialExecution(@NonNull WithWorkbenchCredentialStep step, @NonNull StepContext context) {
        super(context);
        this.step = step;
    }

    @Override
    public boolean start() {
        run(this::bind);
        return false;
    }

    private void bind() throws Exception {
        StepContext context = getContext();
        Run<?, ?> run = context.get(Run.class);
        TaskListener listener = context.get(TaskListener.class);
        String id = step.getId();
        if (id == null) {
            throw new AbortException(Messages.WithWorkbenchCredentialStep_IdRequired());
        }
        StandardCredentials found = CredentialLookup.find(id, run);
        BindableCredential bindable = BindableCredential.of(found, ANALYZER);
        BindingPlan plan = plan(found.getId(), bindable, step.options());

        List<String> secrets = new ArrayList<>();
        plan.secrets().forEach(secret -> secrets.add(secret.plainText()));
        secrets.addAll(bindable.alsoSecret());
        SecretSet secretSet = new SecretSet(secrets);
        PrintStream log = listener.getLogger();
        for (String warning : plan.warnings()) {
            log.println(Messages.WorkbenchCredentialExecution_Warning(found.getId(), warning));
        }
        for (String warning : secretSet.masker().warnings()) {
            log.println(Messages.WorkbenchCredentialExecution_Warning(found.getId(), warning));
        }

        Map<String, Secret> environment = new LinkedHashMap<>();
        plan.environment().forEach((name, value) -> environment.put(name, Secret.fromString(value.plainText())));
        String folder = null;
        FilePath workspace = null;
        try {
            if (!plan.files().isEmpty()) {
                workspace = context.get(FilePath.class);
                if (workspace == null) {
                    throw new AbortException(Messages.WorkbenchCredentialExecution_NeedsWorkspace(found.getId()));
                }
                folder = UUID.randomUUID().toString();
                for (PlannedFile file : plan.files()) {
                    environment.put(file.variable(), Secret.fromString(BindingFolder.write(workspace, folder, file)));
                }
            }
            CredentialsProvider.track(run, found);
            log.println(Messages.WorkbenchCredentialExecution_Bound(
                    found.getId(), String.join(", ", plan.variableNames())));
            context.newBodyInvoker()
                    .withContext(EnvironmentExpander.merge(
                            context.get(EnvironmentExpander.class),
                            new SecretEnvironment(environment, sensitiveVariables(plan, secrets))))
                    .withContext(BodyInvoker.mergeConsoleLogFilters(
                            context.get(ConsoleLogFilter.class), new MaskingLogFilter(secretSet)))
                    .withContext(FailureHandler.merge(
                            context.get(FailureHandler.class), new MaskingFailureHandler(secretSet)))
                    .withCallback(new Cleanup(folder))
                    .start();
        } catch (Exception | Error e) {
            // The block never started, so its callback will not remove what was written.
            if (folder != null) {
                try {
                    BindingFolder.delete(workspace, folder);
                } catch (Exception cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            throw e;
        }
    }

    private static BindingPlan plan(String id, BindableCredential bindable, BindingOptions options)
            throws AbortException {
        try {
            return PLANNER.plan(bindable.credential(), options);
        } catch (WorkbenchException e) {
            throw new AbortException(Messages.WorkbenchCredentialExecution_CannotBind(id, CoreMessages.of(e)));
        }
    }

    /**
     * The variables Jenkins must treat as secret: those holding a masked value, and the files' paths. A
     * username that is not secret (the workbench shows it) is left out, as credentials-binding leaves it out.
     */
    private static Set<String> sensitiveVariables(BindingPlan plan, List<String> secrets) {
        Set<String> secretValues = new HashSet<>(secrets);
        Set<String> sensitive = new HashSet<>();
        for (Map.Entry<String, SecretValue> variable : plan.environment().entrySet()) {
            if (secretValues.contains(variable.getValue().plainText())) {
                sensitive.add(variable.getKey());
            }
        }
        for (PlannedFile file : plan.files()) {
            sensitive.add(file.variable());
        }
        return sensitive;
    }

    /** Removes the binding's folder on the agent when the block ends, whether it succeeded, failed or was aborted. */
    private final class Cleanup extends TailCall {
        private static final long serialVersionUID = 1L;

        @CheckForNull
        private final String folder;

        Cleanup(@CheckForNull String folder) {
            this.folder = folder;
        }

        @Override
        protected void finished(StepContext context) throws Exception {
            if (folder == null) {
                return;
            }
            FilePath workspace = context.get(FilePath.class);
            if (workspace == null) {
                throw new AbortException(Messages.WorkbenchCredentialExecution_NotRemoved(folder));
            }
            BindingFolder.delete(workspace, folder);
        }
    }
}
