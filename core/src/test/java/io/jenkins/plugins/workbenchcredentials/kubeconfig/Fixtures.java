package io.jenkins.plugins.workbenchcredentials.kubeconfig;

import io.jenkins.plugins.workbenchcredentials.testing.TestCertificates;
import io.jenkins.plugins.workbenchcredentials.testing.TestCertificates.ClientCertificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Kubeconfigs of the shapes people really have, written the way kubectl, kind, minikube, eksctl and gcloud write them. */
final class Fixtures {
    /** "Now" for every test, so expiry warnings do not depend on the day the tests run. */
    static final Instant NOW = Instant.parse("2025-09-01T00:00:00Z");

    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** Certificates are made once: each one is a keytool run. */
    static final class Certs {
        static final ClientCertificate ADMIN =
                TestCertificates.generate("kubernetes-admin", Instant.parse("2025-01-01T00:00:00Z"), 365);
        static final ClientCertificate DEVELOPER =
                TestCertificates.generate("developer", Instant.parse("2025-06-01T00:00:00Z"), 3650);
        static final ClientCertificate EXPIRED =
                TestCertificates.generate("old-admin", Instant.parse("2020-01-01T00:00:00Z"), 30);
        /** Stands in for a cluster CA: only its Base64 is checked. */
        static final String CA_DATA = DEVELOPER.certificateData();

        private Certs() {}
    }

    static final String OPAQUE_TOKEN = "kubeadm-bootstrap-7d4c1e9f0a2b4c6d8e0f1a3b5c7d9e1f";

    private Fixtures() {}

    static KubeconfigAnalyzer analyzer() {
        return new KubeconfigAnalyzer(KubeconfigLimits.DEFAULT, CLOCK);
    }

    /** kind embeds everything: CA, client certificate and key. */
    static String kind() {
        return """
                apiVersion: v1
                clusters:
                - cluster:
                    certificate-authority-data: %s
                    server: https://127.0.0.1:45123
                  name: kind-kind
                contexts:
                - context:
                    cluster: kind-kind
                    user: kind-kind
                  name: kind-kind
                current-context: kind-kind
                kind: Config
                preferences: {}
                users:
                - name: kind-kind
                  user:
                    client-certificate-data: %s
                    client-key-data: %s
                """.formatted(Certs.CA_DATA, Certs.ADMIN.certificateData(), Certs.ADMIN.keyData());
    }

    /** minikube points to files in the developer's home directory. */
    static String minikube() {
        return """
                apiVersion: v1
                clusters:
                - cluster:
                    certificate-authority: /home/dev/.minikube/ca.crt
                    extensions:
                    - extension:
                        last-update: Mon, 03 Mar 2025 10:12:44 UTC
                        provider: minikube.sigs.k8s.io
                        version: v1.35.0
                      name: cluster_info
                    server: https://192.168.49.2:8443
                  name: minikube
                contexts:
                - context:
                    cluster: minikube
                    extensions:
                    - extension:
                        last-update: Mon, 03 Mar 2025 10:12:44 UTC
                        provider: minikube.sigs.k8s.io
                        version: v1.35.0
                      name: context_info
                    namespace: default
                    user: minikube
                  name: minikube
                current-context: minikube
                kind: Config
                preferences: {}
                users:
                - name: minikube
                  user:
                    client-certificate: /home/dev/.minikube/profiles/minikube/client.crt
                    client-key: /home/dev/.minikube/profiles/minikube/client.key
                """;
    }

    static final String EKS_NAME = "arn:aws:eks:eu-west-1:123456789012:cluster/prod";

    /** {@code aws eks update-kubeconfig}: the AWS CLI makes the token at each call. */
    static String eks() {
        return """
                apiVersion: v1
                clusters:
                - cluster:
                    certificate-authority-data: %1$s
                    server: https://0A1B2C3D4E5F60718293A4B5C6D7E8F9.gr7.eu-west-1.eks.amazonaws.com
                  name: %2$s
                contexts:
                - context:
                    cluster: %2$s
                    user: %2$s
                  name: %2$s
                current-context: %2$s
                kind: Config
                preferences: {}
                users:
                - name: %2$s
                  user:
                    exec:
                      apiVersion: client.authentication.k8s.io/v1beta1
                      args:
                      - --region
                      - eu-west-1
                      - eks
                      - get-token
                      - --cluster-name
                      - prod
                      - --output
                      - json
                      command: aws
                      env:
                      - name: AWS_PROFILE
                        value: prod-admin-profile
                      interactiveMode: IfAvailable
                      provideClusterInfo: false
                """.formatted(Certs.CA_DATA, EKS_NAME);
    }

    static final String GKE_NAME = "gke_my-project_europe-west1-b_prod";
    static final String GCP_ACCESS_TOKEN = "ya29.a0AfH6SMBx3kQ-not-a-real-google-access-token-0123456789";

    /** {@code gcloud container clusters get-credentials} before the exec plugin: the gcp auth-provider. */
    static String gke() {
        return """
                apiVersion: v1
                clusters:
                - cluster:
                    certificate-authority-data: %1$s
                    server: https://34.76.120.15
                  name: %2$s
                contexts:
                - context:
                    cluster: %2$s
                    user: %2$s
                  name: %2$s
                current-context: %2$s
                kind: Config
                preferences: {}
                users:
                - name: %2$s
                  user:
                    auth-provider:
                      config:
                        access-token: %3$s
                        cmd-args: config config-helper --format=json
                        cmd-path: /usr/lib/google-cloud-sdk/bin/gcloud
                        expiry: "2025-03-01T12:00:00Z"
                        expiry-key: '{.credential.token_expiry}'
                        token-key: '{.credential.access_token}'
                      name: gcp
                """.formatted(Certs.CA_DATA, GKE_NAME, GCP_ACCESS_TOKEN);
    }

    /** A CI service account token (a JWT), a static bootstrap token and a basic-auth user on one cluster. */
    static String tokens(String serviceAccountJwt) {
        return """
                apiVersion: v1
                kind: Config
                clusters:
                - name: build
                  cluster:
                    server: https://k8s.build.example.com:6443
                    certificate-authority-data: %1$s
                users:
                - name: ci-deployer
                  user:
                    token: %2$s
                - name: bootstrap
                  user:
                    token: %3$s
                - name: legacy
                  user:
                    username: jenkins
                    password: "s3cr3t-Pa55w0rd!"
                contexts:
                - name: ci
                  context: {cluster: build, user: ci-deployer, namespace: ci}
                - name: bootstrap
                  context: {cluster: build, user: bootstrap, namespace: kube-system}
                - name: legacy
                  context: {cluster: build, user: legacy}
                current-context: ci
                """.formatted(Certs.CA_DATA, serviceAccountJwt, OPAQUE_TOKEN);
    }

    /** Three contexts over two clusters: what a team's shared kubeconfig looks like. */
    static String multiContext(String prodToken) {
        return """
                apiVersion: v1
                kind: Config
                preferences: {}
                clusters:
                - name: dev-cluster
                  cluster:
                    server: https://dev.k8s.example.com:6443
                    certificate-authority-data: %1$s
                - name: prod-cluster
                  cluster:
                    server: https://prod.k8s.example.com
                    certificate-authority-data: %1$s
                users:
                - name: developer
                  user:
                    client-certificate-data: %2$s
                    client-key-data: %3$s
                - name: prod-deployer
                  user:
                    token: %4$s
                contexts:
                - name: dev
                  context:
                    cluster: dev-cluster
                    user: developer
                    namespace: team-a
                - name: staging
                  context:
                    cluster: dev-cluster
                    user: developer
                    namespace: staging
                - name: prod
                  context:
                    cluster: prod-cluster
                    user: prod-deployer
                    namespace: web
                current-context: staging
                """.formatted(Certs.CA_DATA, Certs.DEVELOPER.certificateData(), Certs.DEVELOPER.keyData(), prodToken);
    }

    /** A valid one-context kubeconfig whose user section is the given YAML (indented by the caller). */
    static String withUser(String userYaml) {
        return """
                apiVersion: v1
                kind: Config
                clusters:
                - name: c
                  cluster:
                    server: https://c.example.com
                users:
                - name: u
                  user:
                %s
                contexts:
                - name: ctx
                  context: {cluster: c, user: u}
                current-context: ctx
                """.formatted(userYaml.indent(4).stripTrailing());
    }

    /** A valid one-context kubeconfig whose cluster section is the given YAML. */
    static String withCluster(String clusterYaml) {
        return """
                apiVersion: v1
                kind: Config
                clusters:
                - name: c
                  cluster:
                %s
                users:
                - name: u
                  user:
                    token: %s
                contexts:
                - name: ctx
                  context: {cluster: c, user: u}
                current-context: ctx
                """.formatted(clusterYaml.indent(4).stripTrailing(), OPAQUE_TOKEN);
    }
}
