package io.jenkins.plugins.workbenchcredentials.preview.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SecretInputTest {
    @Test
    void aLineLosesOneTrailingLineBreakOnly() throws Exception {
        assertThat(input("s3cret\n").line("token", "Token", 100)).isEqualTo("s3cret");
        assertThat(input("s3cret\r\n").line("token", "Token", 100)).isEqualTo("s3cret");
        assertThat(input("s3cret\n\n").line("token", "Token", 100)).isEqualTo("s3cret\n");
        assertThat(input(" s3cret ").line("token", "Token", 100)).isEqualTo(" s3cret ");
        assertThat(input("").line("token", "Token", 100)).isEmpty();
    }

    @Test
    void aTextIsTakenWhole() throws Exception {
        assertThat(input("apiVersion: v1\nkind: Config\n").text("kubeconfig", "Kubeconfig", 100))
                .isEqualTo("apiVersion: v1\nkind: Config\n");
    }

    @Test
    void stopsReadingPastTheLimit() throws Exception {
        assertThatThrownBy(() -> input("x".repeat(200)).text("kubeconfig", "Kubeconfig", 100))
                .isInstanceOfSatisfying(WorkbenchException.class, e -> {
                    assertThat(e.field()).isEqualTo("kubeconfig");
                    assertThat(e.messageKey()).isEqualTo("field.tooLarge");
                });
        // A line may carry its line break past the limit; the service checks the secret's exact size.
        assertThat(input("x".repeat(100) + "\r\n").line("password", "Password", 100))
                .hasSize(100);
    }

    @Test
    void refusesInputThatIsNotUtf8() {
        SecretInput latin1 = new SecretInput(
                new ByteArrayInputStream("caf\u00e9".getBytes(StandardCharsets.ISO_8859_1)),
                null,
                new PrintWriter(new StringWriter()));
        assertThatThrownBy(() -> latin1.line("password", "Password", 100))
                .isInstanceOfSatisfying(
                        WorkbenchException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("cli.notUtf8"));
    }

    private static SecretInput input(String text) {
        return new SecretInput(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                null,
                new PrintWriter(new StringWriter()));
    }
}
