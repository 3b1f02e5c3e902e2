package io.jenkins.plugins.workbenchcredentials.preview;

import io.jenkins.plugins.workbenchcredentials.api.WorkbenchJsonApi;
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

/**
 * The preview put together: the home folder, its encrypted store, the pipelines folder, and core's
 * workbench service over them. The local user owns the home folder, so every permission is granted;
 * the server guards its API with its own access token.
 */
public final class Workbench {
    private final WorkbenchHome home;
    private final EmbeddedStore store;
    private final FileCredentialRepository repository;
    private final PersistentUsage usage;
    private final PreviewUsageSource usageSource;
    private final WorkbenchService service;

    private Workbench(WorkbenchHome home, PipelineFolder pipelines) {
        this.home = home;
        this.store = EmbeddedStore.open(home);
        this.usage = new PersistentUsage(store);
        this.repository = new FileCredentialRepository(store, usage::forget);
        this.usageSource = new PreviewUsageSource(pipelines, usage);
        AccessPolicy localUser = permission -> true;
        this.service = new WorkbenchService(repository, usageSource, localUser, Clock.systemUTC());
    }

    /** @param pipelinesFolder {@code null} for none */
    public static Workbench open(Path homeFolder, Path pipelinesFolder) {
        PipelineFolder pipelines = pipelinesFolder == null ? null : PipelineFolder.scan(pipelinesFolder);
        return new Workbench(WorkbenchHome.open(homeFolder), pipelines);
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
