package io.jenkins.plugins.workbenchcredentials.preview.cli;

import io.jenkins.plugins.workbenchcredentials.expiry.ExpiryPolicy;
import io.jenkins.plugins.workbenchcredentials.history.ChangeSource;
import io.jenkins.plugins.workbenchcredentials.preview.Workbench;
import io.jenkins.plugins.workbenchcredentials.preview.home.WorkbenchHome;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(
        name = "workbench",
        mixinStandardHelpOptions = true,
        version = "Workbench Credentials preview",
        description = {
            "Workbench Credentials without Jenkins: the workbench page and its API on a local server, and these"
                    + " commands, on an encrypted store in the home folder. Secrets are read from standard input,"
                    + " never from arguments, and never printed.",
            ""
        },
        subcommands = {
            ServeCommand.class,
            ListCommand.class,
            GetCommand.class,
            CreateCommand.class,
            UpdateCommand.class,
            DeleteCommand.class,
            ValidateKubeconfigCommand.class,
            WhereUsedCommand.class,
            HistoryCommand.class,
            ExecCommand.class
        },
        footer = {
            "",
            "Exit codes: 0 done, 1 other failure, 2 usage, 3 invalid input, 4 not found, 5 conflict (duplicate ID,"
                    + " or in use without --force); exec exits with the command's own exit code."
        })
final class WorkbenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--home",
            scope = ScopeType.INHERIT,
            paramLabel = "DIR",
            description = "The workbench's folder: the encrypted store, its key, the server's token"
                    + " (default: $WORKBENCH_HOME, or ~/.workbench-credentials).")
    Path home;

    @Option(
            names = "--pipelines",
            scope = ScopeType.INHERIT,
            paramLabel = "DIR",
            description = "A folder of Jenkinsfiles (Jenkinsfile*, *.groovy, *.jenkinsfile), scanned for the"
                    + " credential IDs they name, so where-used and delete see those pipelines.")
    Path pipelines;

    /** {@code null} when not given: {@link ExpiryPolicy#DEFAULT_THRESHOLD_DAYS}. */
    @Option(
            names = "--expiry-days",
            scope = ScopeType.INHERIT,
            paramLabel = "N",
            description = "How many days before its expiry date a credential counts as expiring: for list --expiring,"
                    + " the EXPIRY column and the page (" + ExpiryPolicy.MIN_THRESHOLD_DAYS + " to "
                    + ExpiryPolicy.MAX_THRESHOLD_DAYS + ", default: " + ExpiryPolicy.DEFAULT_THRESHOLD_DAYS + ").")
    Integer expiryDays;

    /** Without a command, the usage is the answer, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /**
     * @param source what the changes made through it are recorded as coming from
     * @param command the command running, whose usage a bad option shows
     */
    Workbench open(ChangeSource source, CommandLine command) {
        return Workbench.open(
                home == null ? WorkbenchHome.defaultFolder() : home, pipelines, source, expiryPolicy(command));
    }

    ExpiryPolicy expiryPolicy(CommandLine command) {
        if (expiryDays == null) {
            return ExpiryPolicy.DEFAULT;
        }
        if (expiryDays < ExpiryPolicy.MIN_THRESHOLD_DAYS || expiryDays > ExpiryPolicy.MAX_THRESHOLD_DAYS) {
            throw new ParameterException(
                    command,
                    "--expiry-days must be between " + ExpiryPolicy.MIN_THRESHOLD_DAYS + " and "
                            + ExpiryPolicy.MAX_THRESHOLD_DAYS + ", not " + expiryDays);
        }
        return new ExpiryPolicy(expiryDays);
    }
}
