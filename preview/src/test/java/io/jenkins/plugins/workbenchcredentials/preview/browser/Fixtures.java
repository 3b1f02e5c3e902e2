package io.jenkins.plugins.workbenchcredentials.preview.browser;

import io.jenkins.plugins.workbenchcredentials.testing.SampleKubeconfigs;
import io.jenkins.plugins.workbenchcredentials.testing.TestJwts;
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
}
