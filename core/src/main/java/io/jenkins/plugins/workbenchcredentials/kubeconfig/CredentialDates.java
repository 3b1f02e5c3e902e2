package io.jenkins.plugins.workbenchcredentials.kubeconfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;

/** Reads when a credential expires: an X.509 certificate's {@code notAfter}, a JWT's {@code exp}. */
public final class CredentialDates {
    private static final ObjectMapper JSON = new ObjectMapper();

    CredentialDates() {}

    /** Made on first use; certificate factories are not documented as thread-safe, so one per analysis. */
    private CertificateFactory x509;

    /**
     * The {@code notAfter} of the first certificate in PEM text (a chain starts with the client's own).
     *
     * @throws CertificateException when the bytes hold no X.509 certificate
     */
    Instant certificateNotAfter(byte[] pem) throws CertificateException {
        if (x509 == null) {
            x509 = CertificateFactory.getInstance("X.509");
        }
        var certificate = (X509Certificate) x509.generateCertificate(new ByteArrayInputStream(pem));
        return certificate.getNotAfter().toInstant();
    }

    /**
     * The {@code exp} claim when the token is a JWT (three Base64url parts, the middle one a JSON object
     * with a numeric {@code exp}); {@code null} for opaque tokens. The signature is not checked: the date
     * is shown to people, never trusted for access.
     */
    public static Instant jwtExpiry(String token) {
        int first = token.indexOf('.');
        int second = first < 0 ? -1 : token.indexOf('.', first + 1);
        if (second < 0 || token.indexOf('.', second + 1) >= 0) {
            return null;
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(token.substring(first + 1, second));
            JsonNode exp = JSON.readTree(payload).path("exp");
            return exp.isNumber() ? Instant.ofEpochSecond(exp.asLong()) : null;
        } catch (IllegalArgumentException | IOException | DateTimeException e) {
            return null;
        }
    }
}
