package io.jenkins.plugins.workbenchcredentials.kubeconfig;

import io.jenkins.plugins.workbenchcredentials.model.KubernetesNames;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks a parsed kubeconfig's structure and references, and builds its summary. */
final class KubeconfigValidator {
    /** Lists of names in messages stop here, so a hostile file cannot make a huge message. */
    private static final int MAX_NAMES_LISTED = 20;

    private final Clock clock;

    KubeconfigValidator(Clock clock) {
        this.clock = clock;
    }

    CheckedKubeconfig check(Object parsed) {
        Problems problems = new Problems();
        if (parsed == null) {
            problems.error("", "kubeconfig.empty");
            return CheckedKubeconfig.unreadable(problems);
        }
        if (!(parsed instanceof Map<?, ?> root)) {
            problems.error("", "kubeconfig.notMapping", Node.shapeOf(parsed));
            return CheckedKubeconfig.unreadable(problems);
        }
        Node top = new Node(root, "", problems);
        String kind = top.nonBlankText("kind");
        if (kind != null && !kind.equals("Config")) {
            problems.warning("kind", "kubeconfig.unexpectedKind", kind);
        }
        Map<String, NamedEntry> clusters = NamedEntry.readList(top, "clusters", "cluster", true, problems);
        Map<String, NamedEntry> users = NamedEntry.readList(top, "users", "user", false, problems);
        Map<String, NamedEntry> contexts = NamedEntry.readList(top, "contexts", "context", true, problems);

        ClusterRules clusterRules = new ClusterRules(problems);
        Map<String, String> servers = new HashMap<>();
        clusters.values().forEach(cluster -> servers.put(cluster.name(), clusterRules.check(cluster)));

        UserRules userRules = new UserRules(problems, new CredentialDates());
        List<Expiry> expiries = new ArrayList<>();
        List<UnknownExpiry> unknown = new ArrayList<>();
        for (NamedEntry user : users.values()) {
            UserRules.UserExpiry found = userRules.check(user);
            expiries.addAll(found.dates());
            if (found.unknown() != null) {
                unknown.add(found.unknown());
            }
        }
        warnExpired(expiries, problems);

        List<ContextSummary> summaries = new ArrayList<>();
        for (NamedEntry context : contexts.values()) {
            summaries.add(checkContext(context, clusters, users, servers, problems));
        }
        if (contexts.isEmpty() && isNullOrEmptyList(root.get("contexts"))) {
            problems.error("contexts", "kubeconfig.noContexts");
        }
        String current = top.nonBlankText("current-context");
        if (current == null) {
            if (!contexts.isEmpty()) {
                problems.warning("current-context", "kubeconfig.noCurrentContext", names(contexts));
            }
        } else if (!contexts.containsKey(current) && !contexts.isEmpty()) {
            problems.error("current-context", "kubeconfig.currentContextUnknown", current, names(contexts));
        }

        Expiry earliest =
                expiries.stream().min(Comparator.comparing(Expiry::notAfter)).orElse(null);
        KubeconfigSummary summary = new KubeconfigSummary(current, summaries, earliest, unknown);
        return new CheckedKubeconfig(CheckedKubeconfig.analysis(problems, summary), root, clusters, users, contexts);
    }

    private ContextSummary checkContext(
            NamedEntry context,
            Map<String, NamedEntry> clusters,
            Map<String, NamedEntry> users,
            Map<String, String> servers,
            Problems problems) {
        Node body = context.body();
        String cluster = body.nonBlankText("cluster");
        if (cluster == null) {
            if (body.lacksText("cluster")) {
                problems.error(body.child("cluster"), "kubeconfig.contextWithoutCluster", context.name());
            }
        } else if (!clusters.containsKey(cluster)) {
            problems.error(
                    body.child("cluster"), "kubeconfig.unknownCluster", context.name(), cluster, names(clusters));
        }
        String user = body.nonBlankText("user");
        if (user == null) {
            if (body.lacksText("user")) {
                problems.error(body.child("user"), "kubeconfig.contextWithoutUser", context.name());
            }
        } else if (!users.containsKey(user)) {
            problems.error(body.child("user"), "kubeconfig.unknownUser", context.name(), user, names(users));
        }
        String namespace = body.nonBlankText("namespace");
        if (namespace != null && !KubernetesNames.isNamespace(namespace)) {
            problems.error(body.child("namespace"), "kubeconfig.namespaceInvalid", namespace);
        }
        return new ContextSummary(
                context.name(), cluster, cluster == null ? null : servers.get(cluster), user, namespace);
    }

    private void warnExpired(List<Expiry> expiries, Problems problems) {
        Instant now = clock.instant();
        for (Expiry expiry : expiries) {
            if (expiry.notAfter().isBefore(now)) {
                String key = Expiry.TOKEN.equals(expiry.kind())
                        ? "kubeconfig.tokenExpired"
                        : "kubeconfig.certificateExpired";
                problems.warning("users[" + expiry.user() + "]", key, expiry.user(), expiry.notAfter());
            }
        }
    }

    private static boolean isNullOrEmptyList(Object value) {
        return value == null || value instanceof List<?> list && list.isEmpty();
    }

    /** The names, comma-separated, for messages: at most {@value #MAX_NAMES_LISTED}. */
    static String names(Map<String, ?> byName) {
        List<String> names = byName.keySet().stream().limit(MAX_NAMES_LISTED).toList();
        String listed = String.join(", ", names);
        return byName.size() > MAX_NAMES_LISTED ? listed + ", …" : listed;
    }
}
