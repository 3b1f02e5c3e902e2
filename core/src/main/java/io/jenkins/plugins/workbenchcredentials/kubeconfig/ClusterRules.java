package io.jenkins.plugins.workbenchcredentials.kubeconfig;

/** Checks one {@code clusters} entry: its server, its certificate authority, TLS verification. */
final class ClusterRules {
    private final Problems problems;

    ClusterRules(Problems problems) {
        this.problems = problems;
    }

    /** @return the server URL to show (user-info redacted), or {@code null} when there is none */
    String check(NamedEntry cluster) {
        Node body = cluster.body();
        String display = checkServer(cluster.name(), body);
        boolean hasCaFile = FileReferences.check(body, "certificate-authority", "certificate-authority-data", problems);
        boolean hasCaData = checkBase64(body, "certificate-authority-data");
        if (Boolean.TRUE.equals(body.flag("insecure-skip-tls-verify"))) {
            String at = body.child("insecure-skip-tls-verify");
            if (hasCaFile || hasCaData) {
                problems.error(at, "kubeconfig.insecureWithCa", cluster.name());
            } else {
                problems.warning(at, "kubeconfig.insecureSkipTlsVerify", cluster.name());
            }
        }
        return display;
    }

    private String checkServer(String name, Node body) {
        String at = body.child("server");
        String server = body.nonBlankText("server");
        if (server == null) {
            if (body.lacksText("server")) {
                problems.error(at, "kubeconfig.serverMissing", name);
            }
            return null;
        }
        ServerUrl url = ServerUrl.parse(server);
        if (!url.valid()) {
            problems.error(at, "kubeconfig.serverInvalid", name);
        } else if (url.plainHttp()) {
            problems.warning(at, "kubeconfig.plainHttp", name, url.display());
        }
        return url.display();
    }

    private boolean checkBase64(Node body, String key) {
        String data = body.nonBlankText(key);
        if (data == null) {
            return false;
        }
        if (EmbeddedData.decode(data) == null) {
            problems.error(body.child(key), "kubeconfig.badBase64", body.child(key));
        }
        return true;
    }
}
