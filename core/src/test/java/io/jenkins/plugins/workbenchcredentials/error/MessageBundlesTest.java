package io.jenkins.plugins.workbenchcredentials.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

class MessageBundlesTest {
    /** A message key as code writes it: lower-case words joined by one dot, e.g. {@code "id.tooLong"}. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z]+\\.[a-z][A-Za-z]+)\"");
    /** A file name of the page (e.g. {@code "index.html"}) looks like a key too, but is none. */
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(html|svg|css|js|json)");

    @Test
    void everyLocaleHasEveryKey() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh_CN.properties");
        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Properties english = load("messages.properties");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    if (!FILE_NAME.matcher(m.group(1)).matches()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(english.stringPropertyNames()).containsAll(used);
    }

    @Test
    void formatsArgumentsAndFallsBackToEnglish() {
        assertThat(Messages.format("id.tooLong", 128)).isEqualTo("ID is longer than 128 characters.");
        assertThat(Messages.format(Locale.SIMPLIFIED_CHINESE, "id.tooLong", 128))
                .contains("128")
                .contains("字符");
        assertThat(Messages.format(Locale.FRENCH, "id.tooLong", 128)).isEqualTo("ID is longer than 128 characters.");
        assertThat(Messages.format("id.badCharacter", "' '", 3)).contains("'_'");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                MessageBundlesTest.class.getResourceAsStream("/io/jenkins/plugins/workbenchcredentials/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
