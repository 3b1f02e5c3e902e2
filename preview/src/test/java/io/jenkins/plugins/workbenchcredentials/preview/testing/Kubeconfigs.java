package io.jenkins.plugins.workbenchcredentials.preview.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Kubeconfigs for tests: two contexts, each user with its own token; the prod token is a JWT with an expiry. */
public final class Kubeconfigs {
    public static final String DEV_TOKEN = "dev-token-5e1f0c9a7b3d4e2f11aa";
    public static final Instant PROD_EXPIRY = Instant.parse("2031-05-04T03:02:01Z");
    public static final String PROD_TOKEN = jwt(PROD_EXPIRY);

    private Kubeconfigs() {}

    public static String twoContexts() {
        return """
                apiVersion: v1
                kind: Config
                current-context: dev
                clusters:
                - name: dev-cluster
                  cluster:
                    server: https://dev.example.com:6443
                - name: prod-cluster
                  cluster:
                    server: https://prod.example.com:6443
                users:
                - name: dev-user
                  user:
                    token: %s
                - name: prod-user
                  user:
                    token: %s
                contexts:
                - name: dev
                  context:
                    cluster: dev-cluster
                    user: dev-user
                    namespace: default
                - name: prod
                  context:
                    cluster: prod-cluster
                    user: prod-user
                    namespace: web
                """
                .formatted(DEV_TOKEN, PROD_TOKEN);
    }

    /** A context that names a cluster the file does not define: an error, not a warning. */
    public static String broken() {
        return """
                apiVersion: v1
                kind: Config
                current-context: dev
                clusters: []
                users:
                - name: dev-user
                  user:
                    token: broken-token-0123456789
                contexts:
                - name: dev
                  context:
                    cluster: nowhere
                    user: dev-user
                """;
    }

    private static String jwt(Instant exp) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String header = url.encodeToString("{\"alg\":\"RS256\",\"kid\":\"test\"}".getBytes(StandardCharsets.UTF_8));
        String body = url.encodeToString(("{\"sub\":\"system:serviceaccount:web:deployer\",\"exp\":"
                        + exp.getEpochSecond() + "}")
                .getBytes(StandardCharsets.UTF_8));
        return header + "." + body + ".c2lnbmF0dXJlLW9mLXRoZS10ZXN0LXRva2Vu";
    }
}
