package io.jenkins.plugins.workbenchcredentials.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** plugin/src/main/java compiles against the stubs as it must against the real Jenkins API. */
class PluginSourcesCompileTest {

    @Test
    void compilesWithoutAnyDiagnostic() throws IOException {
        PluginCompilation compiled = PluginCompilation.get();

        assertThat(compiled.sources)
                .as("plugin sources and generated Messages classes")
                .anySatisfy(p -> assertThat(p.toString()).endsWith("WorkbenchCredentials.java"))
                .anySatisfy(p -> assertThat(p.toString()).endsWith("Messages.java"));
        assertThat(compiled.diagnostics)
                .as("javac " + PluginCompilation.OPTIONS)
                .isEmpty();
    }

    @Test
    void usesNoRestrictedJenkinsApi() throws IOException {
        assertThat(PluginCompilation.get().restrictedUses)
                .as("uses of @Restricted members, which the real build's access-modifier-checker refuses")
                .isEmpty();
    }
}
