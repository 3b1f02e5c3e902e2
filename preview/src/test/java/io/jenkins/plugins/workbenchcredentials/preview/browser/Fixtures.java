package io.jenkins.plugins.workbenchcredentials.preview.browser;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Credentials for the browser tests. Every secret is distinctive, so a search for it cannot hit anything else. */
final class Fixtures {
    private Fixtures() {}

    /**
     * Two contexts, {@code dev} (current) and {@code prod}; the prod user's token is a JWT expiring at
     * {@code prodExpiry}, so the page has an expiry to show.
     */
    static String kubeconfig(String devToken, Instant prodExpiry) {
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
                .formatted(devToken, jwt(prodExpiry));
    }

    /** A JWT-shaped token with an {@code exp} claim; the signature is not checked by anything here. */
    static String jwt(Instant exp) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String header = url.encodeToString("{\"alg\":\"RS256\",\"kid\":\"browser-test\"}".getBytes(StandardCharsets.UTF_8));
        String body = url.encodeToString(("{\"sub\":\"system:serviceaccount:web:deployer\",\"exp\":"
                        + exp.getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + body + ".c2lnbmF0dXJlLW9mLWJyb3dzZXItdGVzdA";
    }
}
