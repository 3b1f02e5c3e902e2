package io.jenkins.plugins.workbenchcredentials.binding;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigAnalyzer;
import io.jenkins.plugins.workbenchcredentials.masking.SecretMasker;
import io.jenkins.plugins.workbenchcredentials.model.SecretValue;
import io.jenkins.plugins.workbenchcredentials.testing.SampleKubeconfigs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Binds a two-context kubeconfig credential the way the step does, selecting the second context and a
 * namespace, and asks a real kubectl what it sees. {@code .ci/run} makes sure kubectl is installed.
 */
class KubectlBindingTest {
    @TempDir
    Path workspaceTmp;

    @Test
    void kubectlSeesTheSelectedContextAndNamespaceAndTheFileIsGoneAfterwards() throws Exception {
        BindingPlan plan = new BindingPlanner(new KubeconfigAnalyzer())
                .plan(BindingPlannerTest.kubeconfig(null, null), new BindingOptions(null, null, null, "prod", "api"));
        SecretMasker masker = SecretMasker.of(
                plan.secrets().stream().map(SecretValue::plainText).toList());
        Path kubeconfig;
        try (LocalBinding binding = LocalBinding.materialize(plan, workspaceTmp)) {
            kubeconfig = Path.of(binding.environment().get("KUBECONFIG"));

            assertThat(kubectl(binding, masker, "config", "current-context")).isEqualTo("prod");
            assertThat(kubectl(
                            binding,
                            masker,
                            "config",
                            "view",
                            "--minify",
                            "-o",
                            "jsonpath={.contexts[0].context.namespace} {.clusters[0].cluster.server} {.users[0].name}"))
                    .isEqualTo("api https://prod.example.com:6443 prod-user");
            assertThat(kubectl(binding, masker, "config", "get-contexts", "-o", "name"))
                    .isEqualTo("prod");

            // --raw prints the token; the binding's masker hides it, as the build log would.
            String raw = kubectl(binding, masker, "config", "view", "--minify", "--raw");
            assertThat(raw).contains("token: ****").doesNotContain(SampleKubeconfigs.PROD_TOKEN);
            assertThat(kubeconfig).exists();
        }
        assertThat(kubeconfig).doesNotExist();
        assertThat(kubeconfig.getParent()).doesNotExist();
    }

    private static String kubectl(LocalBinding binding, SecretMasker masker, String... args)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(concat("kubectl", args)).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("KUBE"));
        builder.environment().putAll(binding.environment());
        Process process = builder.start();
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (InputStream out = process.getInputStream();
                OutputStream masked = masker.wrap(captured)) {
            out.transferTo(masked);
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = captured.toString(StandardCharsets.UTF_8).strip();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static List<String> concat(String command, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(command));
        all.addAll(List.of(args));
        return all;
    }
}
