package io.jenkins.plugins.workbenchcredentials.service;

import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import io.jenkins.plugins.workbenchcredentials.expiry.ExpiringSummary;
import io.jenkins.plugins.workbenchcredentials.expiry.ExpiryPolicy;
import io.jenkins.plugins.workbenchcredentials.history.ChangeNote;
import io.jenkins.plugins.workbenchcredentials.history.ChangeOrigin;
import io.jenkins.plugins.workbenchcredentials.history.HistoryEntry;
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
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The workbench: list, get, create, update, delete, validate a kubeconfig, where-used, history and the
 * expiring credentials. Every host (the Jenkins plugin, the preview) goes through this class, so the
 * rules hold the same everywhere: the caller's permission is checked first, input is validated before
 * anything changes, secrets are never returned, every change is recorded with who made it, and a
 * credential that pipelines depend on is deleted only when the caller forces it.
 */
public final class WorkbenchService {
    private final CredentialRepository repository;
    private final UsageSource usage;
    private final AccessPolicy access;
    private final Clock clock;
    private final Supplier<ChangeOrigin> origin;
    private final Supplier<ExpiryPolicy> expiry;
    private final CredentialRules rules;
    private final KubeconfigAnalyzer analyzer;
    private final KubeconfigSummaries summaries;
    private final CredentialSearch search;

    /**
     * @param origin who is making a change and through what, asked for at each change (a host may serve
     *     many users with one service)
     * @param expiry the expiry threshold, asked for at each request (administrators may change it)
     */
    public WorkbenchService(
            CredentialRepository repository,
            UsageSource usage,
            AccessPolicy access,
            Clock clock,
            Supplier<ChangeOrigin> origin,
            Supplier<ExpiryPolicy> expiry) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.usage = Objects.requireNonNull(usage, "usage");
        this.access = Objects.requireNonNull(access, "access");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.expiry = Objects.requireNonNull(expiry, "expiry");
        this.analyzer = new KubeconfigAnalyzer();
        this.rules = new CredentialRules(analyzer);
        this.summaries = new KubeconfigSummaries(analyzer);
        this.search = new CredentialSearch(new CredentialExpiries(summaries));
    }

    public Page<CredentialView> list(ListQuery query) {
        access.check(Permission.VIEW);
        Instant now = clock.instant();
        ExpiryPolicy policy = expiry.get();
        CredentialSearch.Result result = search.page(repository.list(), query, usage, policy.horizon(now));
        List<CredentialView> items =
                result.page().stream().map(c -> view(c, policy, now)).toList();
        return new Page<>(items, Page.Pagination.of(query.page(), query.pageSize(), result.total()));
    }

    /** How many credentials have expired or expire within the threshold, and the first of them. */
    public ExpiringSummary expiring() {
        access.check(Permission.VIEW);
        return search.expiringSummary(repository.list(), expiry.get(), clock.instant());
    }

    /**
     * Who created, changed and deleted the credential, newest first. A deleted credential's history
     * stays readable by its ID for {@link io.jenkins.plugins.workbenchcredentials.history.CredentialHistory#DELETED_KEPT}.
     *
     * @throws WorkbenchException NOT_FOUND when no credential has that ID and none had it
     */
    public CredentialHistoryView history(String id) {
        access.check(Permission.VIEW);
        CredentialId credentialId = CredentialId.of(id);
        List<HistoryEntry> entries = repository.history(credentialId);
        if (entries.isEmpty()) {
            find(credentialId);
        }
        return new CredentialHistoryView(
                credentialId.value(), repository.find(credentialId).isPresent(), entries);
    }

    public CredentialView get(String id) {
        access.check(Permission.VIEW);
        return view(find(CredentialId.of(id)));
    }

    public CredentialView create(CredentialRequest request) {
        access.check(Permission.CREATE);
        Instant now = clock.instant();
        Credential credential = rules.create(request, now);
        repository.insert(credential, note(now));
        return view(credential);
    }

    /** Applies the request to the credential as stored at that moment, so concurrent updates are not lost. */
    public CredentialView update(String id, CredentialRequest request) {
        access.check(Permission.UPDATE);
        CredentialId credentialId = CredentialId.of(id);
        Instant now = clock.instant();
        Credential updated = repository.update(credentialId, current -> rules.update(current, request, now), note(now));
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
        if (!repository.delete(credentialId, note(clock.instant()))) {
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

    private ChangeNote note(Instant at) {
        return new ChangeNote(origin.get(), at);
    }

    private CredentialView view(Credential credential) {
        return view(credential, expiry.get(), clock.instant());
    }

    private CredentialView view(Credential credential, ExpiryPolicy policy, Instant now) {
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
                CredentialView.ExpiryView.of(search.expiryOf(credential), policy, now),
                whereUsed.lastUse(),
                whereUsed.dependents().size());
    }
}
