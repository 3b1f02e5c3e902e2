package io.jenkins.plugins.workbenchcredentials.preview.cli;

import io.jenkins.plugins.workbenchcredentials.history.ChangeSource;
import io.jenkins.plugins.workbenchcredentials.preview.Workbench;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every command shares: the workbench of the chosen home folder, the output streams, {@code --help}. */
@Command(mixinStandardHelpOptions = true)
abstract class WorkbenchSubcommand implements Callable<Integer> {
    @ParentCommand
    WorkbenchCommand root;

    @Spec
    CommandSpec spec;

    /** The workbench, its changes recorded as made through the CLI. */
    Workbench workbench() {
        return workbench(ChangeSource.WORKBENCH_CLI);
    }

    Workbench workbench(ChangeSource source) {
        return root.open(source, spec.commandLine());
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    void warn(String message) {
        err().println("workbench: warning: " + message);
        err().flush();
    }
}
