package io.jenkins.plugins.workbenchcredentials.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.workbenchcredentials.error.Messages;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key the preview's code names is in core's bundles, in English and Simplified Chinese. */
class MessageKeysTest {
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z]+\\.[a-z][A-Za-z]+)\"");

    @Test
    void everyKeyUsedHasBothLanguages() throws Exception {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            // The home folder's file names (store.key, server.token) look like keys but are not.
            for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("WorkbenchHome.java"))
                    .toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        // Only literals in one of the bundle's sections are keys ("index.html" and "user.name" are not).
        Properties english = new Properties();
        try (InputStream in =
                Messages.class.getResourceAsStream("/io/jenkins/plugins/workbenchcredentials/messages.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> sections = new TreeSet<>();
        english.stringPropertyNames().forEach(key -> sections.add(key.substring(0, key.indexOf('.'))));
        used.removeIf(key -> !sections.contains(key.substring(0, key.indexOf('.'))));
        assertThat(used).contains("store.undecryptable", "server.tokenRequired", "exec.cannotStart");
        for (String key : used) {
            assertThat(Messages.format(Locale.ENGLISH, key)).as(key).isNotEqualTo(key);
            assertThat(Messages.format(Locale.SIMPLIFIED_CHINESE, key))
                    .as(key)
                    .isNotEqualTo(key)
                    .isNotEqualTo(Messages.format(Locale.ENGLISH, key));
        }
    }
}
