package io.jenkins.plugins.workbenchcredentials.preview.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** {@code java -jar workbench.jar COMMAND …}: the preview's command line. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        return commandLine(out, err).execute(args);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new WorkbenchCommand())
                .setOut(out)
                .setErr(err)
                // '@file' arguments would let a command line read files; exec passes arguments on as given.
                .setExpandAtFiles(false)
                .setExecutionExceptionHandler(new ErrorReporter());
        // Everything after the command's first word belongs to the command, options included.
        commandLine.getSubcommands().get("exec").setStopAtPositional(true);
        return commandLine;
    }
}
