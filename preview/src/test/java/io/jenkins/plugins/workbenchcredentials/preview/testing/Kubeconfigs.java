package io.jenkins.plugins.workbenchcredentials.preview.testing;

import io.jenkins.plugins.workbenchcredentials.testing.SampleKubeconfigs;
import io.jenkins.plugins.workbenchcredentials.testing.TestJwts;
import java.time.Instant;

/** Kubeconfigs for tests: two contexts, each user with its own token; the prod token is a JWT with an expiry. */
public final class Kubeconfigs {
    public static final String DEV_TOKEN = "dev-token-5e1f0c9a7b3d4e2f11aa";
    public static final Instant PROD_EXPIRY = Instant.parse("2031-05-04T03:02:01Z");
    public static final String PROD_TOKEN = TestJwts.withExpiry(PROD_EXPIRY);

    private Kubeconfigs() {}

    public static String twoContexts() {
        return SampleKubeconfigs.twoContexts(DEV_TOKEN, PROD_TOKEN);
    }

    /**
     * One context whose user authenticates as {@code userYaml} says (indented under {@code user:}), e.g.
     * with an exec plugin, so that its expiry cannot be read from the file.
     */
    public static String withUser(String userYaml) {
        return """
                apiVersion: v1
                kind: Config
                current-context: ci
                clusters:
                - name: ci-cluster
                  cluster:
                    server: https://ci.example.com:6443
                users:
                - name: ci-user
                  user:
                %s
                contexts:
                - name: ci
                  context:
                    cluster: ci-cluster
                    user: ci-user
                """.formatted(userYaml.indent(4).stripTrailing());
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
}
