package io.jenkins.plugins.workbenchcredentials.stubs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where plugin/'s sources and resources are, and what the plugin is compiled against; set by the POM. */
final class PluginLayout {
    /** The locales every user-visible text exists in, as file-name suffixes ("" is English). */
    static final List<String> LOCALES = List.of("", "_zh_CN");

    private PluginLayout() {}

    static Path pluginDir() {
        return Path.of(property("plugin.dir")).normalize();
    }

    static Path sources() {
        return pluginDir().resolve("src/main/java");
    }

    static Path resources() {
        return pluginDir().resolve("src/main/resources");
    }

    static Path coreMessages(String locale) {
        return pluginDir()
                .resolveSibling("core/src/main/resources/io/jenkins/plugins/workbenchcredentials/messages" + locale
                        + ".properties");
    }

    /**
     * Whether the plugin POM sets {@code useBeta}, with which the real access-modifier-checker accepts
     * uses of {@code @Restricted(Beta.class)} members.
     */
    static boolean usesBeta() {
        try {
            return Files.readString(pluginDir().resolve("pom.xml")).contains("<useBeta>true</useBeta>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path stubClasses() {
        return Path.of(property("stubs.classes"));
    }

    static Path workDir() {
        return Path.of(property("work.dir"));
    }

    /** The stubs, the real Jenkins-side artifacts from Maven Central, and the core with its libraries. */
    static String compileClasspath() {
        try {
            String dependencies = Files.readString(Path.of(property("plugin.compile.classpath")))
                    .trim();
            return stubClasses() + java.io.File.pathSeparator + dependencies;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> filesUnder(Path root, String suffix) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("System property " + name + " is not set; run this test through Maven");
        }
        return value;
    }
}
