package io.jenkins.plugins.workbenchcredentials.stubs;

import java.io.IOException;
import java.nio.file.Path;
import org.jvnet.localizer.Generator;
import org.jvnet.localizer.GeneratorConfig;

/**
 * Generates the {@code Messages} classes of plugin/ with the localizer's own generator, configured as
 * the Jenkins plugin POM configures its localizer-maven-plugin: every {@code Messages.properties},
 * annotated {@code @Restricted(NoExternalUse.class)}.
 */
final class LocalizerMessages {
    private LocalizerMessages() {}

    static void generate(Path resources, Path outputDirectory) throws IOException {
        GeneratorConfig config =
                GeneratorConfig.of(outputDirectory.toFile(), "UTF-8", message -> {}, ".*", false, true);
        Generator generator = new Generator(config);
        for (Path bundle : PluginLayout.filesUnder(resources, "Messages.properties")) {
            if (bundle.getFileName().toString().equals("Messages.properties")) {
                generator.generate(bundle.toFile(), resources.relativize(bundle).toString());
            }
        }
        generator.build();
    }
}
