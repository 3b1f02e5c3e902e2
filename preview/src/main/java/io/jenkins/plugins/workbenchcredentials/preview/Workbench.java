package io.jenkins.plugins.workbenchcredentials.preview;

import io.jenkins.plugins.workbenchcredentials.api.WorkbenchJsonApi;
import io.jenkins.plugins.workbenchcredentials.expiry.ExpiryPolicy;
import io.jenkins.plugins.workbenchcredentials.history.ChangeOrigin;
import io.jenkins.plugins.workbenchcredentials.history.ChangeSource;
import io.jenkins.plugins.workbenchcredentials.preview.home.WorkbenchHome;
import io.jenkins.plugins.workbenchcredentials.preview.store.EmbeddedStore;
import io.jenkins.plugins.workbenchcredentials.preview.store.FileCredentialRepository;
import io.jenkins.plugins.workbenchcredentials.preview.store.PersistentUsage;
import io.jenkins.plugins.workbenchcredentials.preview.usage.PipelineFolder;
import io.jenkins.plugins.workbenchcredentials.preview.usage.PreviewUsageSource;
import io.jenkins.plugins.workbenchcredentials.service.AccessPolicy;
import io.jenkins.plugins.workbenchcredentials.service.CredentialRepository;
import io.jenkins.plugins.workbenchcredentials.service.WorkbenchService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * The preview put together: the home folder, its encrypted store, the pipelines folder, and core's
 * workbench service over them. The local user owns the home folder, so every permission is granted;
 * the server guards its API with its own access token. Changes are recorded in each credential's
 * history as made by the operating-system user, through the given source (the page and API of
 * {@code serve}, or the CLI).
 */
public final class Workbench {
    /** The actor of a change whose operating-system user has no name anywhere. */
    static final String UNKNOWN_USER = "unknown-user";

    private final WorkbenchHome home;
    private final EmbeddedStore store;
    private final FileCredentialRepository repository;
    private final PersistentUsage usage;
    private final PreviewUsageSource usageSource;
    private final WorkbenchService service;

    private Workbench(WorkbenchHome home, PipelineFolder pipelines, ChangeSource source, ExpiryPolicy expiry) {
        Clock clock = Clock.systemUTC();
        this.home = home;
        this.store = EmbeddedStore.open(home);
        this.usage = new PersistentUsage(store);
        this.repository = new FileCredentialRepository(store, usage::forget, clock);
        this.usageSource = new PreviewUsageSource(pipelines, usage);
        AccessPolicy localUser = permission -> true;
        ChangeOrigin origin = new ChangeOrigin(operatingSystemUser(), source);
        this.service = new WorkbenchService(repository, usageSource, localUser, clock, () -> origin, () -> expiry);
    }

    /**
     * @param pipelinesFolder {@code null} for none
     * @param source what the changes made through this workbench are recorded as coming from
     * @param expiry how early a credential counts as expiring
     */
    public static Workbench open(Path homeFolder, Path pipelinesFolder, ChangeSource source, ExpiryPolicy expiry) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(expiry, "expiry");
        PipelineFolder pipelines = pipelinesFolder == null ? null : PipelineFolder.scan(pipelinesFolder);
        return new Workbench(WorkbenchHome.open(homeFolder), pipelines, source, expiry);
    }

    /** The user the history records: the operating system's, as Java knows it. */
    static String operatingSystemUser() {
        return operatingSystemUser(System.getProperty("user.name"), System.getenv());
    }

    /**
     * Java's {@code user.name}, or when it is unknown ({@code "?"} where the account has no name, e.g. a
     * container's numeric user) {@code $USER} or {@code $LOGNAME}; failing all, {@value #UNKNOWN_USER}.
     */
    static String operatingSystemUser(String javaUserName, Map<String, String> environment) {
        for (String candidate : new String[] {javaUserName, environment.get("USER"), environment.get("LOGNAME")}) {
            if (candidate != null && !candidate.isBlank() && !candidate.strip().equals("?")) {
                return candidate.strip();
            }
        }
        return UNKNOWN_USER;
    }

    public WorkbenchHome home() {
        return home;
    }

    public EmbeddedStore store() {
        return store;
    }

    public CredentialRepository repository() {
        return repository;
    }

    public PersistentUsage usage() {
        return usage;
    }

    public WorkbenchService service() {
        return service;
    }

    public WorkbenchJsonApi api() {
        return new WorkbenchJsonApi(service);
    }

    /** Picks up what other processes recorded and Jenkinsfiles that changed; once per request. */
    public void refresh() {
        usageSource.refresh();
    }
}
