package io.jenkins.plugins.workbenchcredentials.service;

import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigAnalysis;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigAnalyzer;
import io.jenkins.plugins.workbenchcredentials.model.Credential;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.model.CredentialPayload;
import io.jenkins.plugins.workbenchcredentials.model.FieldLimits;
import io.jenkins.plugins.workbenchcredentials.usage.UsageSource;
import io.jenkins.plugins.workbenchcredentials.usage.WhereUsed;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The workbench: list, get, create, update, delete, validate a kubeconfig, where-used. Every host (the
 * Jenkins plugin, the preview) goes through this class, so the rules hold the same everywhere: the
 * caller's permission is checked first, input is validated before anything changes, secrets are never
 * returned, and a credential that pipelines depend on is deleted only when the caller forces it.
 */
public final class WorkbenchService {
    private final CredentialRepository repository;
    private final UsageSource usage;
    private final AccessPolicy access;
    private final Clock clock;
    private final CredentialRules rules;
    private final KubeconfigAnalyzer analyzer;
    private final KubeconfigSummaries summaries;
    private final CredentialSearch search = new CredentialSearch();

    public WorkbenchService(CredentialRepository repository, UsageSource usage, AccessPolicy access, Clock clock) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.usage = Objects.requireNonNull(usage, "usage");
        this.access = Objects.requireNonNull(access, "access");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.analyzer = new KubeconfigAnalyzer();
        this.rules = new CredentialRules(analyzer);
        this.summaries = new KubeconfigSummaries(analyzer);
    }

    public Page<CredentialView> list(ListQuery query) {
        access.check(Permission.VIEW);
        CredentialSearch.Result result = search.page(repository.list(), query, usage);
        List<CredentialView> items = result.page().stream().map(this::view).toList();
        return new Page<>(items, Page.Pagination.of(query.page(), query.pageSize(), result.total()));
    }

    public CredentialView get(String id) {
        access.check(Permission.VIEW);
        return view(find(CredentialId.of(id)));
    }

    public CredentialView create(CredentialRequest request) {
        access.check(Permission.CREATE);
        Credential credential = rules.create(request, clock.instant());
        repository.insert(credential);
        return view(credential);
    }

    /** Applies the request to the credential as stored at that moment, so concurrent updates are not lost. */
    public CredentialView update(String id, CredentialRequest request) {
        access.check(Permission.UPDATE);
        CredentialId credentialId = CredentialId.of(id);
        Credential updated =
                repository.update(credentialId, current -> rules.update(current, request, clock.instant()));
        return view(updated);
    }

    /**
     * Deletes a credential. If anything depends on it, refuses with {@link CredentialInUseException}
     * listing the dependents, unless {@code force}.
     *
     * @return what depended on it, for the host's audit log
     */
    public WhereUsed delete(String id, boolean force) {
        access.check(Permission.DELETE);
        CredentialId credentialId = CredentialId.of(id);
        find(credentialId);
        WhereUsed whereUsed = usage.whereUsed(credentialId);
        if (whereUsed.isUsed() && !force) {
            throw new CredentialInUseException(whereUsed);
        }
        if (!repository.delete(credentialId)) {
            throw RepositoryErrors.notFound(credentialId);
        }
        return whereUsed;
    }

    /** Checks a kubeconfig as the create and edit forms do; a tool of whoever may create or update. */
    public KubeconfigAnalysis validateKubeconfig(String text) {
        if (!access.allows(Permission.CREATE)) {
            access.check(Permission.UPDATE);
        }
        if (text == null || text.isBlank()) {
            throw WorkbenchException.invalid(CredentialRules.KUBECONFIG, "field.required", CredentialRules.KUBECONFIG);
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > FieldLimits.KUBECONFIG_MAX_BYTES) {
            throw WorkbenchException.invalid(
                    CredentialRules.KUBECONFIG,
                    "field.tooLarge",
                    CredentialRules.KUBECONFIG,
                    FieldLimits.KUBECONFIG_MAX_BYTES);
        }
        return analyzer.analyse(text);
    }

    public WhereUsed whereUsed(String id) {
        access.check(Permission.VIEW);
        CredentialId credentialId = CredentialId.of(id);
        find(credentialId);
        return usage.whereUsed(credentialId);
    }

    private Credential find(CredentialId id) {
        return repository.find(id).orElseThrow(() -> RepositoryErrors.notFound(id));
    }

    private CredentialView view(Credential credential) {
        CredentialPayload payload = credential.payload();
        WhereUsed whereUsed = usage.whereUsed(credential.id());
        return new CredentialView(
                credential.id().value(),
                credential.type().wireName(),
                credential.description(),
                credential.scope().wireName(),
                credential.createdAt(),
                credential.updatedAt(),
                credential.revision(),
                payload instanceof CredentialPayload.UsernamePassword up ? up.username() : null,
                payload instanceof CredentialPayload.Kubeconfig kc ? summaries.view(kc) : null,
                whereUsed.lastUse(),
                whereUsed.dependents().size());
    }
}
