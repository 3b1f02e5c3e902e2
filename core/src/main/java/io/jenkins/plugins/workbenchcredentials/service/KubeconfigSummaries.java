package io.jenkins.plugins.workbenchcredentials.service;

import io.jenkins.plugins.workbenchcredentials.expiry.CredentialExpiry;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.ContextSummary;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigAnalysis;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigAnalyzer;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigSummary;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.UnknownExpiry;
import io.jenkins.plugins.workbenchcredentials.model.CredentialPayload.Kubeconfig;
import io.jenkins.plugins.workbenchcredentials.service.CredentialView.KubeconfigView;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The list shows every kubeconfig's cluster, context and expiry; parsing each on every request would
 * cost more than the rest of the list. Analyses are cached by a digest of the content (hosts hand out
 * fresh objects, so identity is no key), a bounded number of them.
 */
final class KubeconfigSummaries {
    private static final int CAPACITY = 4096;

    private final KubeconfigAnalyzer analyzer;
    private final Map<String, KubeconfigAnalysis> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, KubeconfigAnalysis> eldest) {
            return size() > CAPACITY;
        }
    };

    KubeconfigSummaries(KubeconfigAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    KubeconfigView view(Kubeconfig kubeconfig) {
        KubeconfigAnalysis analysis = analysis(kubeconfig.content().plainText());
        KubeconfigSummary summary = analysis.summary();
        if (summary == null) {
            return new KubeconfigView(
                    kubeconfig.defaultContext(),
                    kubeconfig.defaultNamespace(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    analysis.warnings().size());
        }
        String contextName =
                kubeconfig.defaultContext() != null ? kubeconfig.defaultContext() : summary.currentContext();
        ContextSummary context = summary.contexts().stream()
                .filter(c -> c.name().equals(contextName))
                .findFirst()
                .orElse(null);
        return new KubeconfigView(
                kubeconfig.defaultContext(),
                kubeconfig.defaultNamespace(),
                contextName,
                context == null ? null : context.cluster(),
                context == null ? null : context.server(),
                kubeconfig.defaultNamespace() != null
                        ? kubeconfig.defaultNamespace()
                        : context == null ? null : context.namespace(),
                summary.contexts(),
                summary.earliestExpiry(),
                analysis.warnings().size());
    }

    /** What the kubeconfig's users tell of its expiry; an unreadable kubeconfig's is unknown. */
    CredentialExpiry expiry(Kubeconfig kubeconfig) {
        KubeconfigSummary summary = analysis(kubeconfig.content().plainText()).summary();
        if (summary == null) {
            return new CredentialExpiry(null, null, null, new UnknownExpiry(null, UnknownExpiry.INVALID));
        }
        return CredentialExpiry.of(summary.earliestExpiry(), summary.unknownExpiries());
    }

    private KubeconfigAnalysis analysis(String content) {
        String key = digest(content);
        synchronized (cache) {
            KubeconfigAnalysis cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        KubeconfigAnalysis analysis = analyzer.analyse(content);
        synchronized (cache) {
            cache.put(key, analysis);
        }
        return analysis;
    }

    private static String digest(String content) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return Base64.getEncoder().encodeToString(sha256.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
