package io.jenkins.plugins.workbenchcredentials.preview.browser;

import io.jenkins.plugins.workbenchcredentials.testing.SampleKubeconfigs;
import io.jenkins.plugins.workbenchcredentials.testing.TestJwts;
import java.time.Duration;
import java.time.Instant;

/** Credentials for the browser tests. Every secret is distinctive, so a search for it cannot hit anything else. */
final class Fixtures {
    private Fixtures() {}

    /**
     * Two contexts, {@code dev} (current) and {@code prod}; the prod user's token is a JWT expiring at
     * {@code prodExpiry}, so the page has an expiry to show.
     */
    static String kubeconfig(String devToken, Instant prodExpiry) {
        return SampleKubeconfigs.twoContexts(devToken, TestJwts.withExpiry(prodExpiry));
    }

    /** A token that is a JWT whose {@code exp} is {@code fromNow} away, so it carries its expiry date. */
    static String jwtExpiringIn(Duration fromNow) {
        return TestJwts.withExpiry(Instant.now().plus(fromNow));
    }

    /**
     * One context whose user {@code eks-user} gets its credentials from an exec plugin ({@code aws eks
     * get-token}): its expiry cannot be read from the file.
     */
    static String execKubeconfig() {
        return """
                apiVersion: v1
                kind: Config
                current-context: eks
                clusters:
                - name: eks-cluster
                  cluster:
                    server: https://eks.example.com
                users:
                - name: eks-user
                  user:
                    exec:
                      apiVersion: client.authentication.k8s.io/v1beta1
                      command: aws
                      args: [eks, get-token, --cluster-name, prod]
                contexts:
                - name: eks
                  context:
                    cluster: eks-cluster
                    user: eks-user
                """;
    }
}
