package io.jenkins.plugins.workbenchcredentials.kubeconfig;

import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks one {@code users} entry the way kubectl would (one authentication method, certificate and key
 * together, Base64 and PEM content) and warns about what a build agent will lack: files, exec commands,
 * auth-provider plugins. Collects the expiry dates it can read.
 */
final class UserRules {
    private final Problems problems;
    private final CredentialDates dates;

    UserRules(Problems problems, CredentialDates dates) {
        this.problems = problems;
        this.dates = dates;
    }

    /**
     * What the checks found of a user's expiry: the dates it could read, and why the user's access may
     * end on a date nobody can read here ({@code null} when every way it authenticates carries its date).
     */
    record UserExpiry(List<Expiry> dates, UnknownExpiry unknown) {}

    UserExpiry check(NamedEntry user) {
        Node body = user.body();
        String name = user.name();
        List<Expiry> expiries = new ArrayList<>();

        boolean certFile = FileReferences.check(body, "client-certificate", "client-certificate-data", problems);
        boolean keyFile = FileReferences.check(body, "client-key", "client-key-data", problems);
        boolean tokenFile = FileReferences.check(body, "tokenFile", "token", problems);
        boolean cert = certificate(body, name, expiries) || certFile;
        boolean key = privateKey(body) || keyFile;
        if (cert && !key) {
            problems.error(body.path(), "kubeconfig.certWithoutKey", name);
        } else if (key && !cert) {
            problems.error(body.path(), "kubeconfig.keyWithoutCert", name);
        }

        String token = body.nonBlankText("token");
        if (token != null) {
            addTokenExpiry(token, name, expiries);
        }
        String username = body.nonBlankText("username");
        String password = body.nonBlankText("password");
        boolean basic = username != null || password != null;
        if (basic && (token != null || tokenFile)) {
            problems.error(body.path(), "kubeconfig.tokenAndBasic", name);
        }

        boolean exec = exec(body, name);
        boolean authProvider = authProvider(body, name, expiries);
        if (exec && authProvider) {
            problems.error(body.path(), "kubeconfig.execAndAuthProvider", name);
        }
        boolean none = !(cert || key || token != null || tokenFile || basic || exec || authProvider);
        if (none) {
            problems.warning(body.path(), "kubeconfig.userNoCredentials", name);
        }
        String reason = exec
                ? UnknownExpiry.EXEC
                : authProvider
                        ? UnknownExpiry.AUTH_PROVIDER
                        : certFile
                                ? UnknownExpiry.CERTIFICATE_FILE
                                : tokenFile
                                        ? UnknownExpiry.TOKEN_FILE
                                        : token != null && CredentialDates.jwtExpiry(token) == null
                                                ? UnknownExpiry.OPAQUE_TOKEN
                                                : basic
                                                        ? UnknownExpiry.BASIC_AUTH
                                                        : none ? UnknownExpiry.NO_CREDENTIALS : null;
        return new UserExpiry(expiries, reason == null ? null : new UnknownExpiry(name, reason));
    }

    private boolean certificate(Node body, String user, List<Expiry> expiries) {
        byte[] pem = embedded(body, "client-certificate-data");
        if (pem == null) {
            return body.hasText("client-certificate-data");
        }
        String at = body.child("client-certificate-data");
        if (!isPem(pem, "CERTIFICATE")) {
            problems.error(at, "kubeconfig.badCertificate", at);
            return true;
        }
        try {
            expiries.add(new Expiry(dates.certificateNotAfter(pem), Expiry.CLIENT_CERTIFICATE, user));
        } catch (CertificateException | RuntimeException e) {
            problems.error(at, "kubeconfig.badCertificate", at);
        }
        return true;
    }

    private boolean privateKey(Node body) {
        byte[] pem = embedded(body, "client-key-data");
        if (pem == null) {
            return body.hasText("client-key-data");
        }
        if (!isPem(pem, "PRIVATE KEY")) {
            String at = body.child("client-key-data");
            problems.error(at, "kubeconfig.badKey", at);
        }
        return true;
    }

    /** Decodes a {@code *-data} field; reports bad Base64. {@code null} when absent or not decodable. */
    private byte[] embedded(Node body, String key) {
        String data = body.nonBlankText(key);
        if (data == null) {
            return null;
        }
        byte[] bytes = EmbeddedData.decode(data);
        if (bytes == null) {
            problems.error(body.child(key), "kubeconfig.badBase64", body.child(key));
        }
        return bytes;
    }

    /** kubectl reads keys and certificates as PEM only: "-----BEGIN ...CERTIFICATE-----" and the like. */
    private static boolean isPem(byte[] bytes, String typeSuffix) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int begin = text.indexOf("-----BEGIN ");
        return begin >= 0 && text.indexOf(typeSuffix + "-----", begin) > begin;
    }

    private boolean exec(Node body, String user) {
        Node exec = body.mapping("exec");
        if (exec == null) {
            return body.has("exec");
        }
        String command = exec.nonBlankText("command");
        if (command != null) {
            problems.warning(exec.child("command"), "kubeconfig.execCommand", user, command);
        } else if (exec.lacksText("command")) {
            problems.error(exec.path(), "kubeconfig.execCommandMissing", user);
        }
        exec.text("apiVersion");
        if (exec.lacksText("apiVersion")) {
            problems.error(exec.path(), "kubeconfig.execApiVersionMissing", user);
        }
        texts(exec, "args");
        List<?> env = exec.list("env");
        if (env != null) {
            for (int i = 0; i < env.size(); i++) {
                String at = exec.child("env") + "[" + i + "]";
                if (env.get(i) instanceof Map<?, ?> variable) {
                    Node node = new Node(variable, at, problems);
                    if (node.nonBlankText("name") == null) {
                        problems.error(at, "kubeconfig.nameMissing", at);
                    }
                    node.text("value");
                } else {
                    problems.error(at, "kubeconfig.wrongType", at, "mapping", Node.shapeOf(env.get(i)));
                }
            }
        }
        return true;
    }

    private void texts(Node node, String key) {
        List<?> list = node.list(key);
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String)) {
                String at = node.child(key) + "[" + i + "]";
                problems.error(at, "kubeconfig.wrongType", at, "string", Node.shapeOf(list.get(i)));
            }
        }
    }

    private boolean authProvider(Node body, String user, List<Expiry> expiries) {
        Node provider = body.mapping("auth-provider");
        if (provider == null) {
            return body.has("auth-provider");
        }
        String name = provider.nonBlankText("name");
        if (name != null) {
            problems.warning(provider.child("name"), "kubeconfig.authProvider", user, name);
        } else if (provider.lacksText("name")) {
            problems.error(provider.path(), "kubeconfig.authProviderNameMissing", user);
        }
        Node config = provider.mapping("config");
        if (config != null) {
            String idToken = config.nonBlankText("id-token");
            if (idToken != null) {
                addTokenExpiry(idToken, user, expiries);
            }
        }
        return true;
    }

    private static void addTokenExpiry(String token, String user, List<Expiry> expiries) {
        Instant exp = CredentialDates.jwtExpiry(token);
        if (exp != null) {
            expiries.add(new Expiry(exp, Expiry.TOKEN, user));
        }
    }
}
