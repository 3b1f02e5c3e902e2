package io.jenkins.plugins.workbenchcredentials.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** JWTs shaped like service-account and OIDC tokens; the signature is random bytes (nothing verifies it). */
public final class TestJwts {
    private TestJwts() {}

    public static String withExpiry(Instant exp) {
        return token("{\"iss\":\"https://oidc.example.com\",\"sub\":\"system:serviceaccount:ci:deployer\","
                + "\"jti\":\"" + UUID.randomUUID() + "\",\"iat\":" + (exp.getEpochSecond() - 3600)
                + ",\"exp\":" + exp.getEpochSecond() + "}");
    }

    public static String withoutExpiry() {
        return token("{\"iss\":\"kubernetes/serviceaccount\",\"jti\":\"" + UUID.randomUUID() + "\"}");
    }

    private static String token(String payload) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String header = url.encodeToString("{\"alg\":\"RS256\",\"kid\":\"test\"}".getBytes(StandardCharsets.UTF_8));
        String body = url.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        String signature =
                url.encodeToString(UUID.randomUUID().toString().repeat(4).getBytes(StandardCharsets.UTF_8));
        return header + "." + body + "." + signature;
    }
}
