package io.jenkins.plugins.workbenchcredentials.preview.cli;

import io.jenkins.plugins.workbenchcredentials.history.ChangeSource;
import io.jenkins.plugins.workbenchcredentials.preview.Workbench;
import io.jenkins.plugins.workbenchcredentials.preview.server.WorkbenchServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(
        name = "serve",
        description = {
            "Serve the workbench page and its JSON API until stopped (Ctrl-C).",
            "Prints the address to open, with the access token the API requires after '#' (browsers never send"
                    + " that part to a server). Changes made on the page are recorded in each credential's history as"
                    + " made by the user running the server, through the workbench."
        })
final class ServeCommand extends WorkbenchSubcommand {
    static final int DEFAULT_PORT = 8090;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "" + DEFAULT_PORT,
            description = "The port; 0 lets the system choose a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--bind",
            paramLabel = "ADDR",
            defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new ParameterException(spec.commandLine(), "--bind: no such address: " + bind);
        }
        // Changes through the page and its API are recorded as the workbench's, by the user running the server.
        Workbench workbench = workbench(ChangeSource.WORKBENCH);
        WorkbenchServer server = WorkbenchServer.start(workbench, address, port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "workbench-server-stop"));
        if (!server.isLoopbackOnly()) {
            warn("listening on " + bind
                    + ": other machines can reach this server; the access token is all that guards it.");
        }
        out().println("Workbench Credentials is running. Open this address (the part after '#' is your access token):");
        out().println(server.pageUrl());
        out().println("Home folder: " + workbench.home().root() + ". Stop with Ctrl-C.");
        out().flush();
        new CountDownLatch(1).await();
        return ExitCodes.OK;
    }
}
