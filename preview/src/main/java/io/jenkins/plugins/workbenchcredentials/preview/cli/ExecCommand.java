package io.jenkins.plugins.workbenchcredentials.preview.cli;

import io.jenkins.plugins.workbenchcredentials.binding.BindingOptions;
import io.jenkins.plugins.workbenchcredentials.preview.exec.BoundCommand;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "exec",
        description = {
            "Run a command with a credential bound, its output masked.",
            "As the Pipeline step withWorkbenchCredential does: USERNAME and PASSWORD, TOKEN, or KUBECONFIG (the path"
                    + " of a private file holding the selected context) in the command's environment; its output"
                    + " masked; the use recorded. The files are removed however the command ends. Exits with the"
                    + " command's exit code.",
            "Example: workbench exec --id gh-token -- sh -c 'curl -H \"Authorization: Bearer $TOKEN\" https://api.github.com/user'"
        })
final class ExecCommand extends WorkbenchSubcommand {
    @Option(names = "--id", required = true, paramLabel = "ID", description = "The credential to bind.")
    String id;

    @Option(
            names = "--context",
            paramLabel = "NAME",
            description = "kubeconfig: the context (default: the credential's, then the file's).")
    String context;

    @Option(
            names = "--namespace",
            paramLabel = "NAME",
            description = "kubeconfig: the namespace (default: the credential's, then the context's).")
    String namespace;

    @Option(
            names = "--username-variable",
            paramLabel = "VAR",
            description = "username-password: the username's variable (default: USERNAME).")
    String usernameVariable;

    @Option(
            names = "--password-variable",
            paramLabel = "VAR",
            description = "username-password: the password's variable (default: PASSWORD).")
    String passwordVariable;

    @Option(
            names = "--variable",
            paramLabel = "VAR",
            description =
                    "secret-text: the token's variable (default: TOKEN); kubeconfig: the file path's (default: KUBECONFIG).")
    String variable;

    @Option(
            names = "--consumer",
            paramLabel = "NAME",
            description = "The name the use is recorded under (default: the command's first word).")
    String consumer;

    @Parameters(arity = "1..*", paramLabel = "COMMAND", description = "The command and its arguments, after --.")
    List<String> command;

    @Override
    public Integer call() throws IOException, InterruptedException {
        BindingOptions options = new BindingOptions(usernameVariable, passwordVariable, variable, context, namespace);
        return new BoundCommand(workbench(), this::warn, Clock.systemUTC())
                .run(new BoundCommand.Request(id, options, consumer, command));
    }
}
