package io.jenkins.plugins.workbenchcredentials.masking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a real {@code bash -x} prints for a word holding the secret is masked; skipped without bash. */
class BashTraceMaskingTest {

    @ParameterizedTest
    @ValueSource(strings = {"it's-a-secret", "two 'quotes' here", "ctl\u0001byte", "esc\u001b[0m-é"})
    void theTraceOfACommandUsingTheSecretIsMasked(String secret) throws Exception {
        String trace = bashTrace(secret);
        SecretMasker masker = SecretMasker.of(List.of(secret));

        String masked = masker.mask(trace);

        assertThat(masked).isIn("+ printf %s '****'\n", "+ printf %s $'****'\n");
    }

    private static String bashTrace(String secret) throws IOException, InterruptedException {
        File bash = new File("/bin/bash");
        assumeTrue(bash.canExecute(), "bash is not installed here");
        ProcessBuilder builder = new ProcessBuilder(bash.getPath(), "-xc", "printf %s \"$S\" >/dev/null");
        builder.environment().put("S", secret);
        builder.environment().put("LC_ALL", "C.UTF-8");
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        byte[] stderr = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new String(stderr, StandardCharsets.UTF_8);
    }
}
