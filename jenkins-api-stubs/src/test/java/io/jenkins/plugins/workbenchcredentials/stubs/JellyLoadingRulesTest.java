package io.jenkins.plugins.workbenchcredentials.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * What only a running Jenkins shows about views, checked here by reading them: Jenkins resolves a class
 * named in a view with a class loader that cannot see plugin classes (one class path in JenkinsRule
 * hides that); a tag library is found only with its {@code taglib} marker; the plugin manager needs
 * {@code index.jelly}; and a view that loads a script of its own may run it before Jenkins' scripts.
 */
class JellyLoadingRulesTest {
    private static final String STAPLER_NS = "jelly:stapler";
    private static final String OWN_TAGLIB_PREFIX = "/lib/workbench-credentials";
    /** The one view that loads a script: the workbench page, whose script is its own ES module, not a form's. */
    private static final Path PAGE_TAG = Path.of("lib/workbench-credentials/page.jelly");

    static List<Path> views() {
        return PluginLayout.filesUnder(PluginLayout.resources(), ".jelly");
    }

    /**
     * A literal name is loaded by Jenkins' class loader; an expression such as {@code ${descriptor.clazz}}
     * (the credentials plugin's own idiom for a credential's shared fields) hands over the class itself.
     */
    @ParameterizedTest
    @MethodSource("views")
    void noStaplerTagNamesAClass(Path view) throws Exception {
        List<String> found = new ArrayList<>();
        walk(parse(view), element -> {
            if (STAPLER_NS.equals(element.getNamespaceURI())
                    && element.hasAttribute("class")
                    && !element.getAttribute("class").matches("\\$\\{[^}]+}")) {
                found.add("<st:" + element.getLocalName() + " class=\"" + element.getAttribute("class") + "\">");
            }
        });

        assertThat(found)
                .as(view + ": a running Jenkins cannot load a plugin class named in a view; use a tag library")
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("views")
    void noAttributeNamesAPluginClass(Path view) throws Exception {
        Set<String> pluginClasses = pluginClassNames();
        List<String> found = new ArrayList<>();
        walk(parse(view), element -> {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                if (pluginClasses.contains(attribute.getValue().trim())) {
                    found.add(element.getTagName() + " " + attribute.getName() + "=\"" + attribute.getValue() + "\"");
                }
            }
        });

        assertThat(found).as(view.toString()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("views")
    void everyOwnTagLibraryAndTagExists(Path view) throws Exception {
        List<String> missing = new ArrayList<>();
        walk(parse(view), element -> {
            String namespace = element.getNamespaceURI();
            if (namespace != null && namespace.startsWith(OWN_TAGLIB_PREFIX)) {
                Path library = PluginLayout.resources().resolve(namespace.substring(1));
                if (!Files.isRegularFile(library.resolve("taglib"))) {
                    missing.add(namespace + "/taglib");
                }
                if (!Files.isRegularFile(library.resolve(element.getLocalName() + ".jelly"))) {
                    missing.add(namespace + "/" + element.getLocalName() + ".jelly");
                }
            }
        });

        assertThat(missing).as(view.toString()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("views")
    void onlyTheWorkbenchPageLoadsAScript(Path view) throws Exception {
        List<String> scripts = new ArrayList<>();
        walk(parse(view), element -> {
            boolean script =
                    element.getNamespaceURI() == null && element.getLocalName().equals("script");
            boolean adjunct = STAPLER_NS.equals(element.getNamespaceURI())
                    && element.getLocalName().equals("adjunct");
            if (script || adjunct) {
                scripts.add(
                        element.getTagName() + " " + element.getAttribute("src") + element.getAttribute("includes"));
            }
        });

        if (PluginLayout.resources().relativize(view).equals(PAGE_TAG)) {
            assertThat(scripts).singleElement().asString().contains("${workbenchBase}assets/");
        } else {
            assertThat(scripts)
                    .as(view + ": forms are inserted into pages that load Jenkins' scripts; they load none")
                    .isEmpty();
        }
    }

    @Test
    void thePluginManagerHasADescriptionInEveryLocale() {
        Path index = PluginLayout.resources().resolve("index.jelly");

        assertThat(index).isRegularFile();
        for (String locale : PluginLayout.LOCALES) {
            assertThat(PluginLayout.resources().resolve("index" + locale + ".properties"))
                    .isRegularFile();
        }
    }

    private static Set<String> pluginClassNames() {
        Set<String> names = new TreeSet<>();
        for (Path source : PluginLayout.filesUnder(PluginLayout.sources(), ".java")) {
            String name = PluginLayout.sources().relativize(source).toString().replace('/', '.');
            names.add(name.substring(0, name.length() - ".java".length()));
        }
        return names;
    }

    private static Element parse(Path view) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(view.toFile()).getDocumentElement();
    }

    private static void walk(Element element, java.util.function.Consumer<Element> visitor) {
        visitor.accept(element);
        Stream.iterate(element.getFirstChild(), n -> n != null, Node::getNextSibling)
                .filter(Element.class::isInstance)
                .forEach(child -> walk((Element) child, visitor));
    }
}
