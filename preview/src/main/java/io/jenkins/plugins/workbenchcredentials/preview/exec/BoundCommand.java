package io.jenkins.plugins.workbenchcredentials.preview.exec;

import io.jenkins.plugins.workbenchcredentials.binding.BindingOptions;
import io.jenkins.plugins.workbenchcredentials.binding.BindingPlan;
import io.jenkins.plugins.workbenchcredentials.binding.BindingPlanner;
import io.jenkins.plugins.workbenchcredentials.binding.LocalBinding;
import io.jenkins.plugins.workbenchcredentials.error.ErrorCode;
import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigAnalyzer;
import io.jenkins.plugins.workbenchcredentials.masking.SecretMasker;
import io.jenkins.plugins.workbenchcredentials.model.Credential;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.model.SecretValue;
import io.jenkins.plugins.workbenchcredentials.preview.Workbench;
import io.jenkins.plugins.workbenchcredentials.service.RepositoryErrors;
import io.jenkins.plugins.workbenchcredentials.usage.RecordedUse;
import io.jenkins.plugins.workbenchcredentials.usage.UsageLedger;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a command with a credential bound, as the Pipeline step runs a block: the variables in its
 * environment, a kubeconfig in a private file, its output masked, the use recorded. The files are
 * removed however the command ends; if this process is told to stop (SIGINT, SIGTERM), it passes
 * that on to the command first.
 */
public final class BoundCommand {
    /** How long a command told to stop may take before it is killed. */
    private static final long STOP_GRACE_SECONDS = 5;

    private static final String CONSUMER = "consumer";
    /** As long as a Jenkins job's full name may usefully be. */
    private static final int MAX_CONSUMER_CHARS = 256;

    private final Workbench workbench;
    private final Consumer<String> warnings;
    private final Clock clock;

    /**
     * @param command  the command and its arguments, as given
     * @param consumer the name the use is recorded under; {@code null} for the command's first word
     */
    public record Request(String id, BindingOptions options, String consumer, List<String> command) {
        public Request {
            command = List.copyOf(command);
            if (command.isEmpty()) {
                throw new IllegalArgumentException("a command is required");
            }
        }
    }

    public BoundCommand(Workbench workbench, Consumer<String> warnings, Clock clock) {
        this.workbench = Objects.requireNonNull(workbench, "workbench");
        this.warnings = Objects.requireNonNull(warnings, "warnings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Runs the command to its end; returns its exit code (128 + the signal's number if a signal ended it). */
    public int run(Request request) throws IOException, InterruptedException {
        CredentialId id = CredentialId.of(request.id());
        Credential credential = workbench.repository().find(id).orElseThrow(() -> RepositoryErrors.notFound(id));
        BindingPlan plan = new BindingPlanner(new KubeconfigAnalyzer()).plan(credential, request.options());
        SecretMasker masker = SecretMasker.of(
                plan.secrets().stream().map(SecretValue::plainText).toList());
        plan.warnings().forEach(warnings);
        masker.warnings().forEach(warnings);

        String consumer = consumer(request);
        workbench
                .usage()
                .record(
                        id,
                        ledger -> new RecordedUse(
                                consumer,
                                null,
                                nextBuild(ledger, id, consumer),
                                null,
                                clock.instant(),
                                System.getProperty("user.name")));

        Path folder = BindingFolders.ofThisProcess(workbench.home().temporaryFolder());
        try (LocalBinding binding = LocalBinding.materialize(plan, folder)) {
            return runBound(request.command(), binding, folder, masker);
        } finally {
            BindingFolders.removeIfEmpty(folder);
        }
    }

    private int runBound(List<String> command, LocalBinding binding, Path folder, SecretMasker masker)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(binding.environment());
        Process child;
        try {
            child = builder.start();
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new WorkbenchException(ErrorCode.INTERNAL, null, "exec.cannotStart", command.get(0), reason);
        }
        OutputPump out = new OutputPump("exec-stdout", child.getInputStream(), masker, stream(FileDescriptor.out));
        OutputPump err = new OutputPump("exec-stderr", child.getErrorStream(), masker, stream(FileDescriptor.err));
        Thread stopper = new Thread(() -> stop(child, out, err, binding, folder), "exec-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        out.start();
        err.start();
        int exitCode = child.waitFor();
        out.join();
        err.join();
        try {
            Runtime.getRuntime().removeShutdownHook(stopper);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook is running and does the same.
        }
        return exitCode;
    }

    /**
     * At shutdown (this process was told to stop): stop the command and whatever it started, let its
     * last output through the masker, remove the files. The main thread may not get to its own cleanup
     * before the JVM halts, so this does all of it.
     */
    private static void stop(Process child, OutputPump out, OutputPump err, LocalBinding binding, Path folder) {
        try {
            if (child.isAlive()) {
                child.descendants().forEach(ProcessHandle::destroy);
                child.destroy();
                if (!child.waitFor(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
                    child.descendants().forEach(ProcessHandle::destroyForcibly);
                    child.destroyForcibly();
                }
            }
            out.join(TimeUnit.SECONDS.toMillis(1));
            err.join(TimeUnit.SECONDS.toMillis(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                binding.close();
            } catch (RuntimeException e) {
                // LocalBinding's own exit hook may be removing the same files right now.
            }
            BindingFolders.removeAtExit(folder);
        }
    }

    /** The name the use is recorded under: as given (checked like a form field), or the command's first word. */
    static String consumer(Request request) {
        if (request.consumer() == null) {
            String word = request.command().get(0);
            return word.length() <= MAX_CONSUMER_CHARS ? word : word.substring(0, MAX_CONSUMER_CHARS);
        }
        String consumer = request.consumer().strip();
        if (consumer.isEmpty()) {
            throw WorkbenchException.invalid(CONSUMER, "field.required", CONSUMER);
        }
        if (consumer.length() > MAX_CONSUMER_CHARS) {
            throw WorkbenchException.invalid(CONSUMER, "field.tooLong", CONSUMER, MAX_CONSUMER_CHARS);
        }
        if (consumer.chars().anyMatch(Character::isISOControl)) {
            throw WorkbenchException.invalid(CONSUMER, "field.controlCharacter", CONSUMER);
        }
        return consumer;
    }

    /** Builds of a consumer are numbered 1, 2, 3…, counted in the ledger. */
    static String nextBuild(UsageLedger ledger, CredentialId id, String consumer) {
        long last = ledger.uses(id).stream()
                .filter(use -> use.consumer().equals(consumer))
                .mapToLong(use -> parseOrZero(use.build()))
                .max()
                .orElse(0);
        return String.valueOf(last + 1);
    }

    private static long parseOrZero(String build) {
        try {
            return build == null ? 0 : Long.parseLong(build);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static OutputStream stream(FileDescriptor descriptor) {
        return new BufferedOutputStream(new FileOutputStream(descriptor));
    }
}
