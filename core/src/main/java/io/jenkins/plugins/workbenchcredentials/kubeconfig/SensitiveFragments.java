package io.jenkins.plugins.workbenchcredentials.kubeconfig;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The secret values inside a kubeconfig, for masking in build logs. Reads every user entry it can,
 * whatever else is wrong with the file: a half-broken file still must not leak what it holds.
 */
final class SensitiveFragments {
    private static final List<String> USER_SECRETS =
            List.of("token", "password", "client-key-data", "client-certificate-data");
    private static final List<String> AUTH_PROVIDER_SECRETS =
            List.of("id-token", "refresh-token", "access-token", "client-secret");

    private SensitiveFragments() {}

    static List<String> of(Object root) {
        Set<String> found = new LinkedHashSet<>();
        if (root instanceof Map<?, ?> map && map.get("users") instanceof List<?> users) {
            for (Object entry : users) {
                if (entry instanceof Map<?, ?> named && named.get("user") instanceof Map<?, ?> user) {
                    collect(user, found);
                }
            }
        }
        return List.copyOf(found);
    }

    private static void collect(Map<?, ?> user, Set<String> found) {
        USER_SECRETS.forEach(key -> add(user.get(key), found));
        if (user.get("client-key-data") instanceof String keyData) {
            byte[] pem = EmbeddedData.decode(keyData);
            if (pem != null) {
                add(new String(pem, StandardCharsets.UTF_8).strip(), found);
            }
        }
        if (user.get("auth-provider") instanceof Map<?, ?> provider
                && provider.get("config") instanceof Map<?, ?> config) {
            AUTH_PROVIDER_SECRETS.forEach(key -> add(config.get(key), found));
        }
        if (user.get("exec") instanceof Map<?, ?> exec && exec.get("env") instanceof List<?> env) {
            for (Object variable : env) {
                if (variable instanceof Map<?, ?> pair) {
                    add(pair.get("value"), found);
                }
            }
        }
    }

    private static void add(Object value, Set<String> found) {
        if (value instanceof String text && !text.isBlank()) {
            found.add(text);
        }
    }
}
