package io.jenkins.plugins.workbenchcredentials.bench;

import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigAnalysis;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigAnalyzer;
import io.jenkins.plugins.workbenchcredentials.testing.TestCertificates;
import io.jenkins.plugins.workbenchcredentials.testing.TestCertificates.ClientCertificate;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;

/**
 * Parse + validate + summary of a 50-context kubeconfig (every cluster with a CA, half the users with a
 * client certificate and key, half with a JWT), as the workbench does on each keystroke of the editor.
 * Prints the median of many runs after warm-up. Target: at most 5 ms.
 */
public final class KubeconfigBenchmark {
    private static final int CONTEXTS = 50;
    private static final int WARMUP_RUNS = 2_000;
    private static final int MEASURED_RUNS = 500;

    private KubeconfigBenchmark() {}

    public static void main(String[] args) {
        System.out.println(run());
    }

    /** Runs the benchmark and returns its one line, e.g. {@code kubeconfig 50 contexts analyse: 0.80 ms}. */
    public static String run() {
        String kubeconfig = generate(CONTEXTS, TestCertificates.generate("bench", Instant.now(), 365));
        KubeconfigAnalyzer analyzer = new KubeconfigAnalyzer();
        KubeconfigAnalysis analysis = analyzer.analyse(kubeconfig);
        if (!analysis.valid()
                || analysis.summary().contexts().size() != CONTEXTS
                || analysis.summary().earliestExpiry() == null) {
            throw new IllegalStateException("generated kubeconfig not analysed as expected: " + analysis.errors());
        }
        int sink = 0;
        for (int i = 0; i < WARMUP_RUNS; i++) {
            sink += analyzer.analyse(kubeconfig).summary().contexts().size();
        }
        long[] nanos = new long[MEASURED_RUNS];
        for (int i = 0; i < MEASURED_RUNS; i++) {
            long start = System.nanoTime();
            sink += analyzer.analyse(kubeconfig).summary().contexts().size();
            nanos[i] = System.nanoTime() - start;
        }
        if (sink != (WARMUP_RUNS + MEASURED_RUNS) * CONTEXTS) {
            throw new IllegalStateException("unexpected result");
        }
        Arrays.sort(nanos);
        double medianMillis = nanos[MEASURED_RUNS / 2] / 1_000_000.0;
        return String.format(Locale.ROOT, "kubeconfig %d contexts analyse: %.2f ms", CONTEXTS, medianMillis);
    }

    static String generate(int contexts, ClientCertificate certificate) {
        StringBuilder clusters = new StringBuilder("clusters:\n");
        StringBuilder users = new StringBuilder("users:\n");
        StringBuilder contextList = new StringBuilder("contexts:\n");
        for (int i = 0; i < contexts; i++) {
            clusters.append("- name: cluster-")
                    .append(i)
                    .append('\n')
                    .append("  cluster:\n")
                    .append("    server: https://api.cluster-")
                    .append(i)
                    .append(".example.com:6443\n")
                    .append("    certificate-authority-data: ")
                    .append(certificate.certificateData())
                    .append('\n');
            users.append("- name: user-").append(i).append('\n').append("  user:\n");
            if (i % 2 == 0) {
                users.append("    client-certificate-data: ")
                        .append(certificate.certificateData())
                        .append('\n')
                        .append("    client-key-data: ")
                        .append(certificate.keyData())
                        .append('\n');
            } else {
                users.append("    token: ").append(jwt(i)).append('\n');
            }
            contextList
                    .append("- name: context-")
                    .append(i)
                    .append('\n')
                    .append("  context:\n")
                    .append("    cluster: cluster-")
                    .append(i)
                    .append('\n')
                    .append("    user: user-")
                    .append(i)
                    .append('\n')
                    .append("    namespace: team-")
                    .append(i)
                    .append('\n');
        }
        return "apiVersion: v1\nkind: Config\npreferences: {}\ncurrent-context: context-0\n" + clusters + users
                + contextList;
    }

    private static String jwt(int i) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String header = url.encodeToString("{\"alg\":\"RS256\",\"kid\":\"bench\"}".getBytes(StandardCharsets.UTF_8));
        String payload =
                url.encodeToString(("{\"iss\":\"https://oidc.example.com\",\"sub\":\"system:serviceaccount:ci:user-" + i
                                + "\",\"iat\":1735689600,\"exp\":" + (1767225600L + i * 3600L) + "}")
                        .getBytes(StandardCharsets.UTF_8));
        byte[] signature = new byte[256];
        Arrays.fill(signature, (byte) i);
        return header + "." + payload + "." + url.encodeToString(signature);
    }
}
