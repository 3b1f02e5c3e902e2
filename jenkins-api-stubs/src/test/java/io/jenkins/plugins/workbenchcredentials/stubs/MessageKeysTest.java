package io.jenkins.plugins.workbenchcredentials.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text plugin/ shows exists in every locale: the {@code Messages} bundles (used from Java), the
 * {@code ${%key}} keys of each Jelly view (in its own .properties), and the core's message keys the
 * plugin names. Translations take the same number of arguments as the English text.
 */
class MessageKeysTest {
    private static final Pattern JELLY_KEY = Pattern.compile("\\$\\{%([^}(]+)");
    private static final Pattern MESSAGES_CALL = Pattern.compile("\\bMessages\\._?(\\w+)\\(");
    private static final Pattern CORE_KEY = Pattern.compile("CoreMessages\\.format\\(\\s*\"([^\"]+)\"");

    static List<Path> bundles() {
        return PluginLayout.filesUnder(PluginLayout.resources(), "Messages.properties").stream()
                .filter(p -> p.getFileName().toString().equals("Messages.properties"))
                .toList();
    }

    static List<Path> views() {
        return PluginLayout.filesUnder(PluginLayout.resources(), ".jelly");
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyLocaleHasTheSameKeysWithTheSameArguments(Path bundle) throws IOException {
        Properties english = load(bundle);
        assertThat(english).as(bundle.toString()).isNotEmpty();
        for (String locale : PluginLayout.LOCALES) {
            Properties translated = load(sibling(bundle, locale));
            assertThat(translated.stringPropertyNames())
                    .as("keys of " + sibling(bundle, locale))
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                assertThat(argumentCount(translated.getProperty(key)))
                        .as("arguments of " + key + " in " + locale)
                        .isEqualTo(argumentCount(english.getProperty(key)));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyKeyIsUsed(Path bundle) throws IOException {
        Path packageDir =
                PluginLayout.sources().resolve(PluginLayout.resources().relativize(bundle.getParent()));
        Set<String> used = new TreeSet<>();
        for (Path source : PluginLayout.filesUnder(packageDir, ".java")) {
            if (source.getParent().equals(packageDir)) {
                Matcher m = MESSAGES_CALL.matcher(Files.readString(source));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (String key : load(bundle).stringPropertyNames()) {
            assertThat(used).as("Messages methods used in " + packageDir).contains(key.replace('.', '_'));
        }
    }

    @ParameterizedTest
    @MethodSource("views")
    void everyJellyKeyIsInEveryLocale(Path view) throws IOException {
        Set<String> keys = new TreeSet<>();
        Matcher m = JELLY_KEY.matcher(Files.readString(view));
        while (m.find()) {
            keys.add(m.group(1));
        }
        String base = view.getFileName().toString().replaceAll("\\.jelly$", "");
        for (String locale : PluginLayout.LOCALES) {
            Path properties = view.resolveSibling(base + locale + ".properties");
            if (keys.isEmpty() && !Files.exists(properties)) {
                continue;
            }
            assertThat(load(properties).stringPropertyNames())
                    .as("keys of " + properties)
                    .containsExactlyInAnyOrderElementsOf(keys);
        }
    }

    @Test
    void coreKeysThePluginNamesExistInEveryLocale() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path source : PluginLayout.filesUnder(PluginLayout.sources(), ".java")) {
            Matcher m = CORE_KEY.matcher(Files.readString(source));
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        assertThat(keys).isNotEmpty();
        for (String locale : PluginLayout.LOCALES) {
            assertThat(load(PluginLayout.coreMessages(locale)).stringPropertyNames())
                    .as("core messages" + locale)
                    .containsAll(keys);
        }
    }

    private static Path sibling(Path bundle, String locale) {
        return bundle.resolveSibling(bundle.getFileName().toString().replace(".properties", locale + ".properties"));
    }

    private static int argumentCount(String pattern) {
        return new MessageFormat(pattern).getFormatsByArgumentIndex().length;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
