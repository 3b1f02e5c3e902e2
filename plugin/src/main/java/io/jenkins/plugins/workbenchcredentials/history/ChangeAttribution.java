package io.jenkins.plugins.workbenchcredentials.history;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.cli.CLICommand;
import java.time.Clock;
import java.util.function.Supplier;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Who is making the change a store is saving, and through what. The credentials plugin saves its stores
 * as SYSTEM, so the user is taken from where the change started: the workbench names itself (its page,
 * API and CLI commands); otherwise a CLI command's user, the web request's user and path, Configuration
 * as Code by the code that runs, and SYSTEM when none of them is at work.
 */
@Restricted(NoExternalUse.class)
public final class ChangeAttribution {
    private static final ThreadLocal<ChangeNote> EXPLICIT = new ThreadLocal<>();
    private static final String CONFIGURATION_AS_CODE_PACKAGE = "io.jenkins.plugins.casc.";

    private ChangeAttribution() {}

    /** Runs a change the workbench makes, so that its history names the workbench's own origin and time. */
    public static <T> T during(@NonNull ChangeNote note, @NonNull Supplier<T> change) {
        ChangeNote outer = EXPLICIT.get();
        EXPLICIT.set(note);
        try {
            return change.get();
        } finally {
            if (outer == null) {
                EXPLICIT.remove();
            } else {
                EXPLICIT.set(outer);
            }
        }
    }

    /** The origin and time of the change being saved on this thread now. */
    @NonNull
    static ChangeNote current(@NonNull Clock clock) {
        ChangeNote explicit = EXPLICIT.get();
        return explicit != null ? explicit : new ChangeNote(detect(), clock.instant());
    }

    private static ChangeOrigin detect() {
        RequestOrigins.Origin request = RequestOrigins.current();
        String requestUser = request == null ? null : request.actor();
        if (isConfigurationAsCode()) {
            return new ChangeOrigin(requestUser, ChangeSource.CONFIGURATION_AS_CODE);
        }
        CLICommand command = CLICommand.getCurrent();
        if (command != null) {
            return new ChangeOrigin(command.getTransportAuthentication2().getName(), ChangeSource.JENKINS_CLI);
        }
        if (request != null) {
            return new ChangeOrigin(request.actor(), request.source());
        }
        return ChangeOrigin.system(ChangeSource.SYSTEM);
    }

    /** Configuration as Code applies a configuration: its code is on the stack of the saving thread. */
    private static boolean isConfigurationAsCode() {
        return StackWalker.getInstance()
                .walk(frames ->
                        frames.anyMatch(frame -> frame.getClassName().startsWith(CONFIGURATION_AS_CODE_PACKAGE)));
    }
}
