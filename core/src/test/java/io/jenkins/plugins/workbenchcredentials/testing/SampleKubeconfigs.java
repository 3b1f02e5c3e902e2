package io.jenkins.plugins.workbenchcredentials.testing;

/** Small, valid kubeconfigs for tests of code that stores or binds them. */
public final class SampleKubeconfigs {
    public static final String DEV_TOKEN = "dev-token-5e1f0c9a7b3d4e2f";
    public static final String PROD_TOKEN = "prod-token-8c2b6d1e9f0a4b7c";

    private SampleKubeconfigs() {}

    /** Two contexts, {@code dev} (current) and {@code prod}, each with its own cluster and token user. */
    public static String twoContexts() {
        return twoContexts(DEV_TOKEN, PROD_TOKEN);
    }

    /** The same two contexts with the given tokens (e.g. a JWT, so there is an expiry to show). */
    public static String twoContexts(String devToken, String prodToken) {
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
                """.formatted(devToken, prodToken);
    }
}
