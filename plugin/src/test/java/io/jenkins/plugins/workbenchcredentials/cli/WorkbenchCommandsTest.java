package io.jenkins.plugins.workbenchcredentials.cli;

import static hudson.cli.CLICommandInvoker.Matcher.failedWith;
import static hudson.cli.CLICommandInvoker.Matcher.succeeded;
import static io.jenkins.plugins.workbenchcredentials.Fixtures.BAD_ID_MESSAGE;
import static io.jenkins.plugins.workbenchcredentials.Fixtures.KUBECONFIG;
import static io.jenkins.plugins.workbenchcredentials.Fixtures.adminAndReader;
import static io.jenkins.plugins.workbenchcredentials.Fixtures.stored;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import hudson.cli.CLICommandInvoker;
import io.jenkins.plugins.workbenchcredentials.credentials.WorkbenchKubeconfigCredentials;
import io.jenkins.plugins.workbenchcredentials.credentials.WorkbenchSecretTextCredentials;
import io.jenkins.plugins.workbenchcredentials.credentials.WorkbenchUsernamePasswordCredentials;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import net.sf.json.JSONObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The workbench CLI commands, run as Jenkins runs them. */
@WithJenkins
class WorkbenchCommandsTest {
    private JenkinsRule r;

    @BeforeEach
    void security(JenkinsRule r) {
        this.r = r;
        adminAndReader(r, "admin");
    }

    @Test
    void theNamesDoNotCollideWithTheCredentialsPlugin() {
        assertEquals("workbench-credentials-list", new WorkbenchCredentialsListCommand().getName());
        assertEquals("workbench-credentials-get", new WorkbenchCredentialsGetCommand().getName());
        assertEquals("workbench-credentials-create", new WorkbenchCredentialsCreateCommand().getName());
        assertEquals("workbench-credentials-update", new WorkbenchCredentialsUpdateCommand().getName());
        assertEquals("workbench-credentials-delete", new WorkbenchCredentialsDeleteCommand().getName());
        assertEquals("workbench-credentials-history", new WorkbenchCredentialsHistoryCommand().getName());
    }

    @Test
    void createsEachTypeWithTheSecretFromStandardInput() {
        assertThat(
                command("workbench-credentials-create", "admin", "pa55word\n")
                        .invokeWithArgs("--type", "username-password", "--username", "ci-bot", "registry"),
                succeeded());
        assertThat(
                command("workbench-credentials-create", "admin", "ghp_token\n")
                        .invokeWithArgs("--type", "secret-text", "--description", "GitHub", "gh-token"),
                succeeded());
        assertThat(
                command("workbench-credentials-create", "admin", KUBECONFIG)
                        .invokeWithArgs("--type", "kubeconfig", "--default-context", "prod", "dev-kube"),
                succeeded());

        WorkbenchUsernamePasswordCredentials up = (WorkbenchUsernamePasswordCredentials) stored("registry");
        assertEquals("ci-bot", up.getUsername());
        assertEquals("pa55word", up.getPassword().getPlainText());
        assertEquals(
                "ghp_token",
                ((WorkbenchSecretTextCredentials) stored("gh-token"))
                        .getSecret()
                        .getPlainText());
        WorkbenchKubeconfigCredentials kube = (WorkbenchKubeconfigCredentials) stored("dev-kube");
        assertEquals(KUBECONFIG, kube.getKubeconfig().getPlainText());
        assertEquals("prod", kube.getDefaultContext());
    }

    @Test
    void listsAndGetsWithoutSecrets() {
        command("workbench-credentials-create", "admin", "ghp_token\n")
                .invokeWithArgs("--type", "secret-text", "gh-token");

        CLICommandInvoker.Result list =
                command("workbench-credentials-list", "reader", "").invoke();
        CLICommandInvoker.Result get =
                command("workbench-credentials-get", "reader", "").invokeWithArgs("gh-token");

        assertThat(list, succeeded());
        assertThat(list.stdout(), containsString("gh-token\tsecret-text"));
        assertThat(get, succeeded());
        assertEquals("secret-text", JSONObject.fromObject(get.stdout()).getString("type"));
        assertThat(list.stdout() + get.stdout(), not(containsString("ghp_token")));
    }

    @Test
    void updatesOnlyWhatIsGiven() {
        command("workbench-credentials-create", "admin", "ghp_token\n")
                .invokeWithArgs("--type", "secret-text", "--description", "old", "gh-token");

        assertThat(
                command("workbench-credentials-update", "admin", "").invokeWithArgs("--description", "new", "gh-token"),
                succeeded());
        WorkbenchSecretTextCredentials kept = (WorkbenchSecretTextCredentials) stored("gh-token");
        assertThat(
                command("workbench-credentials-update", "admin", "ghp_rotated\n")
                        .invokeWithArgs("--secret-from-stdin", "gh-token"),
                succeeded());

        assertEquals("new", kept.getDescription());
        assertEquals("ghp_token", kept.getSecret().getPlainText());
        WorkbenchSecretTextCredentials rotated = (WorkbenchSecretTextCredentials) stored("gh-token");
        assertEquals("ghp_rotated", rotated.getSecret().getPlainText());
        assertEquals(3, rotated.getRevision());
        assertEquals(kept.getCreatedAt(), rotated.getCreatedAt());
    }

    @Test
    void deletes() {
        command("workbench-credentials-create", "admin", "ghp_token\n")
                .invokeWithArgs("--type", "secret-text", "gh-token");

        assertThat(command("workbench-credentials-delete", "admin", "").invokeWithArgs("gh-token"), succeeded());
        assertThat(stored("gh-token"), nullValue());
        assertThat(command("workbench-credentials-delete", "admin", "").invokeWithArgs("gh-token"), failedWith(3));
    }

    @Test
    void anInvalidIdIsRefused() {
        CLICommandInvoker.Result result = command("workbench-credentials-create", "admin", "ghp_token\n")
                .invokeWithArgs("--type", "secret-text", "gh token");

        assertThat(result, failedWith(3));
        assertThat(result.stderr(), containsString(BAD_ID_MESSAGE));
        assertThat(stored("gh token"), nullValue());
    }

    @Test
    void aUserWithoutCreateIsRefused() {
        CLICommandInvoker.Result result = command("workbench-credentials-create", "reader", "ghp_token\n")
                .invokeWithArgs("--type", "secret-text", "gh-token");

        assertThat(result, failedWith(6));
        assertThat(result.stderr(), containsString("Create"));
        assertThat(stored("gh-token"), nullValue());
    }

    @Test
    void theSecretIsNeverAnArgument() {
        CLICommandInvoker.Result result = command("workbench-credentials-create", "admin", "")
                .invokeWithArgs("--type", "secret-text", "--token", "ghp_token", "gh-token");

        assertThat(result, failedWith(2));
        assertThat(stored("gh-token"), nullValue());
    }

    private CLICommandInvoker command(String name, String user, String stdin) {
        return new CLICommandInvoker(r, name)
                .asUser(user)
                .withStdin(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    }
}
