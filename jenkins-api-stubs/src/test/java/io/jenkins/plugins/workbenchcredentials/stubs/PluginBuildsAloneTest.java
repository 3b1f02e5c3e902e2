package io.jenkins.plugins.workbenchcredentials.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The plugin module, built on its own ({@code mvn -P jenkins -pl plugin …}), takes the core and the
 * reactor's parent POM from the local repository. That works only if the POMs installed there carry a
 * real version: the reactor flattens them (flatten-maven-plugin, {@code resolveCiFriendliesOnly}), and
 * the flattened files are what {@code mvn install} puts in the repository.
 */
class PluginBuildsAloneTest {
    private static final Path REACTOR = PluginLayout.pluginDir().getParent();

    @Test
    void theInstalledParentPomCarriesTheRealVersion() throws Exception {
        Document parent = flattened(REACTOR);

        assertThat(text(parent, "/project/version")).isEqualTo(version());
        assertNoUnresolvedVersion(REACTOR.resolve(".flattened-pom.xml"));
    }

    @Test
    void theInstalledCorePomNamesItsParentByTheRealVersion() throws Exception {
        Document core = flattened(REACTOR.resolve("core"));

        assertThat(text(core, "/project/parent/artifactId")).isEqualTo("workbench-credentials-parent");
        assertThat(text(core, "/project/parent/version")).isEqualTo(version());
        assertNoUnresolvedVersion(REACTOR.resolve("core/.flattened-pom.xml"));
    }

    /** Built alone, the plugin asks for the core at its own version: the same default as the reactor's. */
    @Test
    void thePluginAsksForTheCoreAtTheVersionTheReactorInstalls() throws Exception {
        Document plugin = parse(PluginLayout.pluginDir().resolve("pom.xml"));
        Document reactor = parse(REACTOR.resolve("pom.xml"));

        assertThat(text(plugin, "/project/version")).isEqualTo("${changelist}");
        assertThat(text(plugin, "/project/properties/changelist"))
                .isEqualTo(text(reactor, "/project/properties/changelist"));
        assertThat(text(plugin, "/project/dependencies/dependency[artifactId='workbench-credentials-core']/version"))
                .isEqualTo("${project.version}");
    }

    private static String version() {
        String version = System.getProperty("reactor.version");
        assertThat(version)
                .as("the reactor's version, set by the POM")
                .isNotBlank()
                .doesNotContain("${");
        return version;
    }

    private static Document flattened(Path module) throws Exception {
        Path pom = module.resolve(".flattened-pom.xml");
        assertThat(pom)
                .as("the POM the reactor installs for " + module.getFileName() + "; build through the reactor")
                .isRegularFile();
        return parse(pom);
    }

    private static void assertNoUnresolvedVersion(Path pom) throws Exception {
        assertThat(Files.readString(pom)).doesNotContain("${changelist}", "${revision}", "${sha1}");
    }

    private static Document parse(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(pom.toFile());
    }

    private static String text(Document document, String path) throws Exception {
        NodeList nodes =
                (NodeList) XPathFactory.newInstance().newXPath().evaluate(path, document, XPathConstants.NODESET);
        assertThat(nodes.getLength()).as(path).isEqualTo(1);
        return nodes.item(0).getTextContent().trim();
    }
}
