package io.jenkins.plugins.workbenchcredentials.kubeconfig;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes the minified kubeconfig of one context, as {@code kubectl config view --minify --raw} would:
 * that context, its cluster and its user, with {@code current-context} set to it.
 */
final class KubeconfigSelector {
    private KubeconfigSelector() {}

    /**
     * @param checked   a valid kubeconfig holding the context
     * @param namespace replaces the context's namespace; {@code null} keeps it
     */
    static String minify(CheckedKubeconfig checked, String contextName, String namespace) {
        NamedEntry context = checked.contexts().get(contextName);
        NamedEntry cluster = checked.clusters().get(context.body().nonBlankText("cluster"));
        NamedEntry user = checked.users().get(context.body().nonBlankText("user"));

        Map<Object, Object> contextEntry = new LinkedHashMap<>(context.entry());
        if (namespace != null) {
            Map<Object, Object> body = new LinkedHashMap<>(context.body().map());
            body.put("namespace", namespace);
            contextEntry.put("context", body);
        }
        Object preferences = checked.root().get("preferences");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("apiVersion", "v1");
        out.put("kind", "Config");
        out.put("preferences", preferences instanceof Map ? preferences : Map.of());
        out.put("clusters", List.of(cluster.entry()));
        out.put("users", List.of(user.entry()));
        out.put("contexts", List.of(contextEntry));
        out.put("current-context", contextName);
        return dumper().dump(out);
    }

    private static Yaml dumper() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        // Long Base64 values stay on one line, as kubectl writes them.
        options.setSplitLines(false);
        return new Yaml(options);
    }
}
