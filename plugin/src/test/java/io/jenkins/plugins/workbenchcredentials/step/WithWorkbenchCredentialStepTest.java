package io.jenkins.plugins.workbenchcredentials.step;

import static io.jenkins.plugins.workbenchcredentials.Fixtures.KUBECONFIG;
import static io.jenkins.plugins.workbenchcredentials.Fixtures.KUBE_TOKEN;
import static io.jenkins.plugins.workbenchcredentials.Fixtures.add;
import static io.jenkins.plugins.workbenchcredentials.Fixtures.base64;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.cloudbees.hudson.plugins.folder.Folder;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SecretBytes;
import com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl;
import hudson.FilePath;
import hudson.Functions;
import hudson.model.Computer;
import hudson.model.Item;
import hudson.model.Label;
import hudson.model.Result;
import hudson.model.User;
import hudson.slaves.DumbSlave;
import hudson.slaves.RetentionStrategy;
import hudson.slaves.WorkspaceList;
import hudson.util.Secret;
import io.jenkins.plugins.workbenchcredentials.credentials.WorkbenchKubeconfigCredentials;
import io.jenkins.plugins.workbenchcredentials.credentials.WorkbenchSecretTextCredentials;
import io.jenkins.plugins.workbenchcredentials.credentials.WorkbenchUsernamePasswordCredentials;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jenkins.model.Jenkins;
import jenkins.security.QueueItemAuthenticatorConfiguration;
import org.jenkinsci.plugins.plaincredentials.impl.FileCredentialsImpl;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.MockQueueItemAuthenticator;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The step in real Pipelines on an agent: what each type binds, what the log shows of it, where the
 * kubeconfig file lives and that it is gone however the block ends, and the failures that say what to do.
 */
@WithJenkins
class WithWorkbenchCredentialStepTest {
    @RegisterExtension
    private static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    private static final String PASSWORD = "s3cr3t-pa55word";
    private static final String TOKEN = "ghp_t0ken-value-42";
    /**
     * The path a Pipeline printed as {@code path=[…]} on a line of its own: read whole, as it may hold spaces
     * (JenkinsRule's temporary folders have one on purpose), quotes or {@code $}. Anchored to the line start,
     * so that {@code sh}'s trace of the command ({@code + echo …}) is not taken for it.
     */
    private static final Pattern PRINTED_PATH = Pattern.compile("(?m)^path=\\[(.+)\\]$");

    private JenkinsRule r;
    private DumbSlave agent;

    @BeforeEach
    void credentialsAndAnAgent(JenkinsRule r) throws Exception {
        assumeFalse(Functions.isWindows(), "the Pipelines run sh");
        this.r = r;
        agent = r.createOnlineSlave(Label.get("remote"));
        add(
                r.jenkins,
                new WorkbenchUsernamePasswordCredentials(
                        CredentialsScope.GLOBAL, "registry", "", "ci-bot", Secret.fromString(PASSWORD)));
        add(
                r.jenkins,
                new WorkbenchSecretTextCredentials(CredentialsScope.GLOBAL, "gh-token", "", Secret.fromString(TOKEN)));
        add(
                r.jenkins,
                new WorkbenchKubeconfigCredentials(
                        CredentialsScope.GLOBAL, "dev-kube", "", Secret.fromString(KUBECONFIG), null, null));
    }

    @Test
    void isAPipelineStepThatTakesABlock() {
        StepDescriptor descriptor = StepDescriptor.byFunctionName("withWorkbenchCredential");

        assertTrue(descriptor instanceof WithWorkbenchCredentialStep.DescriptorImpl);
        assertTrue(descriptor.takesImplicitBlockArgument());
    }

    @Test
    void eachTypeBindsOnAnAgentAndNoSecretReachesTheLog() throws Exception {
        WorkflowJob p = pipeline(r.jenkins.createProject(WorkflowJob.class, "p"), """
                node('remote') {
                  withWorkbenchCredential('registry') {
                    sh 'echo "user=$USERNAME pass=$PASSWORD"; printf %s "$PASSWORD" | base64'
                  }
                  withWorkbenchCredential(id: 'gh-token', variable: 'GH_TOKEN') {
                    sh 'echo "token=$GH_TOKEN"; printf %s "$GH_TOKEN" | base64'
                  }
                  withWorkbenchCredential(id: 'dev-kube', context: 'prod', namespace: 'web') {
                    sh 'echo "path=[$KUBECONFIG]"; ls -l "$KUBECONFIG"; ls -ld "$(dirname "$KUBECONFIG")"; cat "$KUBECONFIG"'
                  }
                }
                """);

        WorkflowRun b = r.buildAndAssertSuccess(p);

        for (String secret : List.of(PASSWORD, TOKEN, KUBE_TOKEN)) {
            r.assertLogNotContains(secret, b);
            r.assertLogNotContains(base64(secret), b);
        }
        r.assertLogContains("user=ci-bot pass=****", b);
        r.assertLogContains("token=****", b);
        // kubectl sees the selected context and namespace, and only them.
        r.assertLogContains("current-context: prod", b);
        r.assertLogContains("namespace: web", b);
        r.assertLogContains("server: https://prod.k8s.example.com:6443", b);
        r.assertLogNotContains("dev.k8s.example.com", b);
        r.assertLogContains("-rw------- ", b);
        r.assertLogContains("drwx------ ", b);
        FilePath kubeconfig = printedPath(b);
        FilePath bindings = WorkspaceList.tempDir(agent.getWorkspaceFor(p)).child("workbench-credentials");
        assertThat(kubeconfig.getRemote(), startsWith(bindings.getRemote()));
        assertFalse(kubeconfig.exists());
        assertThat(bindings.list(), empty());
        assertNoFileOfTheBuildHolds(b, PASSWORD, TOKEN, KUBE_TOKEN);
    }

    @Test
    void theKubeconfigIsRemovedAfterAFailingBlock() throws Exception {
        WorkflowJob p = pipeline(
                r.jenkins.createProject(WorkflowJob.class, "p"),
                "node('remote') { withWorkbenchCredential('dev-kube') { sh 'echo \"path=[$KUBECONFIG]\"; exit 3' } }");

        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, p);

        assertFalse(printedPath(b).exists());
    }

    @Test
    void theKubeconfigIsRemovedAfterAnAbortedBuild() throws Exception {
        WorkflowJob p = pipeline(r.jenkins.createProject(WorkflowJob.class, "p"), """
                node('remote') {
                  withWorkbenchCredential('dev-kube') {
                    sh 'echo "path=[$KUBECONFIG]"'
                    echo 'written'
                    sleep time: 10, unit: 'MINUTES'
                  }
                }
                """);
        WorkflowRun b = p.scheduleBuild2(0).waitForStart();
        r.waitForMessage("written", b);
        FilePath kubeconfig = printedPath(b);
        assertTrue(kubeconfig.exists());

        b.doStop();

        r.assertBuildStatus(Result.ABORTED, r.waitForCompletion(b));
        assertFalse(kubeconfig.exists());
    }

    @Test
    void aWorkspacePathWithSpacesQuotesAndDollarsIsUsedAsItIs() throws Exception {
        bindsAndRemovesTheKubeconfigUnder("agent it's $HOME", "deploy it's");
    }

    @Test
    void aWorkspacePathWithNonAsciiLettersIsUsedAsItIs() throws Exception {
        assumeTrue(
                Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"))
                        .newEncoder()
                        .canEncode("ü部署"),
                "the file system encoding of this JVM holds non-ASCII names");
        bindsAndRemovesTheKubeconfigUnder("agent ü", "部署 ü");
    }

    /**
     * A workspace whose path holds characters a shell or a path parser could mishandle: the kubeconfig is
     * written, found and removed where it belongs. Pipeline steps read the path, not {@code sh}, whose
     * own wrapper (durable-task) quotes paths in single quotes and cannot run in a folder with a {@code '}.
     */
    private void bindsAndRemovesTheKubeconfigUnder(String agentFolder, String jobName) throws Exception {
        DumbSlave odd = new DumbSlave(
                "odd", new File(r.jenkins.getRootDir(), agentFolder).getAbsolutePath(), r.createComputerLauncher(null));
        odd.setLabelString("odd");
        odd.setRetentionStrategy(RetentionStrategy.NOOP);
        r.jenkins.addNode(odd);
        r.waitOnline(odd);
        WorkflowJob p = pipeline(r.jenkins.createProject(WorkflowJob.class, jobName), """
                node('odd') {
                  withWorkbenchCredential(id: 'dev-kube', context: 'prod') {
                    echo "path=[${env.KUBECONFIG}]"
                    echo "exists=${fileExists(env.KUBECONFIG)}"
                    echo "holds=${readFile(env.KUBECONFIG).contains('current-context: prod')}"
                  }
                }
                """);

        WorkflowRun b = r.buildAndAssertSuccess(p);

        FilePath bindings = WorkspaceList.tempDir(odd.getWorkspaceFor(p)).child("workbench-credentials");
        String printed = printedPathText(b);
        assertThat(printed, startsWith(bindings.getRemote() + File.separator));
        assertThat(printed, containsString(agentFolder));
        assertThat(printed, containsString(jobName));
        r.assertLogContains("exists=true", b);
        r.assertLogContains("holds=true", b);
        r.assertLogNotContains(KUBE_TOKEN, b);
        assertFalse(new FilePath(odd.getChannel(), printed).exists());
        assertThat(bindings.list(), empty());
    }

    @Test
    void aSecretInAFailingStepsErrorIsMasked() throws Exception {
        WorkflowJob p = pipeline(
                r.jenkins.createProject(WorkflowJob.class, "p"),
                "withWorkbenchCredential('gh-token') { error(/token was $TOKEN/) }");

        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, p);

        r.assertLogNotContains(TOKEN, b);
        r.assertLogContains("token was ****", b);
    }

    @Test
    void groovyInterpolationOfABoundSecretIsWarnedAbout() throws Exception {
        WorkflowJob p = pipeline(
                r.jenkins.createProject(WorkflowJob.class, "p"),
                "withWorkbenchCredential('gh-token') { echo \"token is ${env.TOKEN}\" }");

        WorkflowRun b = r.buildAndAssertSuccess(p);

        r.assertLogContains("A secret was passed to \"echo\" using Groovy String interpolation", b);
        r.assertLogContains("[TOKEN]", b);
        r.assertLogContains("token is ****", b);
        r.assertLogNotContains(TOKEN, b);
    }

    @Test
    void aMissingCredentialFailsWithWhatToDo() throws Exception {
        WorkflowJob p = pipeline(
                r.jenkins.createProject(WorkflowJob.class, "p"),
                "withWorkbenchCredential('no-such-id') { echo 'unreachable' }");

        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, p);

        r.assertLogContains("No credential with ID \"no-such-id\" is available to p", b);
        r.assertLogContains("Workbench Credentials page", b);
        r.assertLogNotContains("unreachable", b);
    }

    @Test
    void aMissingContextFailsWithTheContextsThatExist() throws Exception {
        WorkflowJob p = pipeline(
                r.jenkins.createProject(WorkflowJob.class, "p"),
                "node('remote') { withWorkbenchCredential(id: 'dev-kube', context: 'staging') { echo 'unreachable' } }");

        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, p);

        r.assertLogContains("Cannot bind credential \"dev-kube\"", b);
        r.assertLogContains("Context \"staging\" does not exist; the kubeconfig has: dev, prod.", b);
        r.assertLogNotContains("unreachable", b);
        FilePath bindings = WorkspaceList.tempDir(agent.getWorkspaceFor(p)).child("workbench-credentials");
        assertFalse(bindings.exists() && !bindings.list().isEmpty());
    }

    @Test
    void aKubeconfigOutsideANodeAsksForOne() throws Exception {
        WorkflowJob p = pipeline(
                r.jenkins.createProject(WorkflowJob.class, "p"),
                "withWorkbenchCredential('dev-kube') { echo 'unreachable' }");

        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, p);

        r.assertLogContains("call withWorkbenchCredential inside a node block", b);
    }

    @Test
    void anOptionOfAnotherTypeIsRefused() throws Exception {
        WorkflowJob p = pipeline(
                r.jenkins.createProject(WorkflowJob.class, "p"),
                "withWorkbenchCredential(id: 'gh-token', context: 'prod') { echo 'unreachable' }");

        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, p);

        r.assertLogContains("The option \"context\" does not apply to a secret-text credential.", b);
    }

    @Test
    void aSystemCredentialIsRefusedWithHowToFixIt() throws Exception {
        add(
                r.jenkins,
                new WorkbenchSecretTextCredentials(
                        CredentialsScope.SYSTEM, "system-token", "", Secret.fromString("sys-t0ken-value")));
        WorkflowJob p = pipeline(
                r.jenkins.createProject(WorkflowJob.class, "p"),
                "withWorkbenchCredential('system-token') { echo 'unreachable' }");

        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, p);

        r.assertLogContains("Credential \"system-token\" has System scope", b);
        r.assertLogContains("Change its scope to Global", b);
    }

    @Test
    void aBuildWhoseUserMayNotUseTheCredentialIsRefused() throws Exception {
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER)
                .everywhere()
                .to("admin")
                .grant(Jenkins.READ, Item.READ, Item.BUILD, Computer.BUILD)
                .everywhere()
                .to("dev"));
        WorkflowJob p = pipeline(
                r.jenkins.createProject(WorkflowJob.class, "p"),
                "withWorkbenchCredential('gh-token') { echo 'unreachable' }");
        QueueItemAuthenticatorConfiguration.get()
                .getAuthenticators()
                .add(new MockQueueItemAuthenticator()
                        .authenticate("p", User.getById("dev", true).impersonate2()));

        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, p);

        r.assertLogContains("Credential \"gh-token\" exists, but this build runs as dev, who may not use it in p", b);
        r.assertLogContains("Credentials/UseItem", b);
    }

    @Test
    void standardJenkinsCredentialsOfTheSameKindsBind() throws Exception {
        add(
                r.jenkins,
                new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL, "std-up", "", "bob", "st4nd4rd-pa55"));
        add(
                r.jenkins,
                new StringCredentialsImpl(
                        CredentialsScope.GLOBAL, "std-text", "", Secret.fromString("st4nd4rd-t0ken")));
        add(
                r.jenkins,
                new FileCredentialsImpl(
                        CredentialsScope.GLOBAL,
                        "std-kube",
                        "",
                        "config",
                        SecretBytes.fromRawBytes(KUBECONFIG.getBytes(StandardCharsets.UTF_8))));
        WorkflowJob p = pipeline(r.jenkins.createProject(WorkflowJob.class, "p"), """
                node('remote') {
                  withWorkbenchCredential('std-up') { sh 'echo "user=$USERNAME pass=$PASSWORD"' }
                  withWorkbenchCredential('std-text') { sh 'echo "token=$TOKEN"' }
                  withWorkbenchCredential(id: 'std-kube', context: 'prod') { sh 'cat "$KUBECONFIG"' }
                }
                """);

        WorkflowRun b = r.buildAndAssertSuccess(p);

        r.assertLogContains("user=bob pass=****", b);
        r.assertLogContains("token=****", b);
        r.assertLogContains("current-context: prod", b);
        for (String secret : List.of("st4nd4rd-pa55", "st4nd4rd-t0ken", KUBE_TOKEN)) {
            r.assertLogNotContains(secret, b);
        }
    }

    @Test
    void aSecretFileThatIsNoKubeconfigIsRefused() throws Exception {
        add(
                r.jenkins,
                new FileCredentialsImpl(
                        CredentialsScope.GLOBAL,
                        "notes",
                        "",
                        "notes.txt",
                        SecretBytes.fromRawBytes("just: [some, notes".getBytes(StandardCharsets.UTF_8))));
        WorkflowJob p = pipeline(
                r.jenkins.createProject(WorkflowJob.class, "p"),
                "node('remote') { withWorkbenchCredential('notes') { echo 'unreachable' } }");

        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, p);

        r.assertLogContains("Credential \"notes\" is a secret file that is not a valid kubeconfig", b);
    }

    @Test
    void aFolderCredentialIsFoundByTheJobsInTheFolderOnly() throws Exception {
        Folder team = r.jenkins.createProject(Folder.class, "team");
        add(
                team,
                new WorkbenchSecretTextCredentials(
                        CredentialsScope.GLOBAL, "team-token", "", Secret.fromString("t3am-t0ken-value")));
        WorkflowJob inside = pipeline(
                team.createProject(WorkflowJob.class, "deploy"),
                "withWorkbenchCredential('team-token') { echo \"bound=${env.TOKEN.length()}\" }");
        WorkflowJob outside = pipeline(
                r.jenkins.createProject(WorkflowJob.class, "other"),
                "withWorkbenchCredential('team-token') { echo 'unreachable' }");

        WorkflowRun bound = r.buildAndAssertSuccess(inside);
        WorkflowRun refused = r.buildAndAssertStatus(Result.FAILURE, outside);

        r.assertLogContains("bound=" + "t3am-t0ken-value".length(), bound);
        r.assertLogNotContains("t3am-t0ken-value", bound);
        r.assertLogContains("No credential with ID \"team-token\" is available to other", refused);
    }

    private static WorkflowJob pipeline(WorkflowJob job, String script) throws Exception {
        job.setDefinition(new CpsFlowDefinition(script, true));
        return job;
    }

    /** The kubeconfig's path on the agent, as the Pipeline printed it. */
    private FilePath printedPath(WorkflowRun b) throws IOException {
        return new FilePath(agent.getChannel(), printedPathText(b));
    }

    private static String printedPathText(WorkflowRun b) throws IOException {
        Matcher m = PRINTED_PATH.matcher(JenkinsRule.getLog(b));
        assertTrue(m.find(), "the build printed the path of its kubeconfig");
        return m.group(1);
    }

    /** Nothing the build keeps (its log, build.xml, the saved Pipeline program) holds a secret in plain text. */
    private static void assertNoFileOfTheBuildHolds(WorkflowRun b, String... secrets) throws IOException {
        try (Stream<Path> files = Files.walk(b.getRootDir().toPath())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String secret : secrets) {
                    assertFalse(content.contains(secret), file + " holds a secret");
                }
            }
        }
    }
}
