package io.jenkins.plugins.workbenchcredentials.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Jelly view and help page of plugin/ is well-formed XML, as Jenkins needs to render it. */
class ResourceFilesTest {

    static Stream<Path> viewsAndHelp() {
        return Stream.concat(
                PluginLayout.filesUnder(PluginLayout.resources(), ".jelly").stream(),
                PluginLayout.filesUnder(PluginLayout.resources(), ".html").stream());
    }

    @ParameterizedTest
    @MethodSource("viewsAndHelp")
    void isWellFormedXml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);

        assertThat(builder.parse(file.toFile()).getDocumentElement()).isNotNull();
    }

    static List<Path> views() {
        return PluginLayout.filesUnder(PluginLayout.resources(), ".jelly");
    }

    /** Jenkins' own Jelly test suite refuses views that do not escape expressions by default. */
    @ParameterizedTest
    @MethodSource("views")
    void escapesByDefault(Path view) throws Exception {
        assertThat(Files.readString(view)).contains("<?jelly escape-by-default='true'?>");
    }
}
