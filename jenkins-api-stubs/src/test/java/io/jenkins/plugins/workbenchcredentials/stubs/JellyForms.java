package io.jenkins.plugins.workbenchcredentials.stubs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads plugin/'s Jelly forms as Stapler finds them: a class's views live in the resource folder named
 * after it, or after the nearest superclass that has the view; {@code <st:include page=…>} is looked
 * up the same way from the class being configured.
 */
final class JellyForms {
    private static final String FORM_NS = "/lib/form";
    private static final String STAPLER_NS = "jelly:stapler";

    private JellyForms() {}

    /** The resource folders of the class and its superclasses that plugin/ has, nearest first. */
    static List<Path> folders(Class<?> type) {
        List<Path> folders = new ArrayList<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            Path folder = PluginLayout.resources()
                    .resolve(c.getName().replace('.', '/').replace('$', '/'));
            if (Files.isDirectory(folder)) {
                folders.add(folder);
            }
        }
        return folders;
    }

    static Optional<Path> find(Class<?> type, String fileName) {
        return folders(type).stream()
                .map(folder -> folder.resolve(fileName))
                .filter(Files::isRegularFile)
                .findFirst();
    }

    /** The {@code field} of every form control in the view and the pages it includes. */
    static Set<String> fields(Class<?> type, Path view) throws Exception {
        Set<String> fields = new LinkedHashSet<>();
        collect(type, parse(view), fields);
        return fields;
    }

    private static void collect(Class<?> type, Element element, Set<String> fields) throws Exception {
        if (FORM_NS.equals(element.getNamespaceURI()) && element.hasAttribute("field")) {
            String field = element.getAttribute("field");
            if (field.contains("${")) {
                throw new AssertionError("Computed field names cannot be checked: " + field);
            }
            fields.add(field);
        }
        if (STAPLER_NS.equals(element.getNamespaceURI())
                && element.getLocalName().equals("include")
                && element.hasAttribute("page")) {
            String page = element.getAttribute("page") + ".jelly";
            Path included = find(type, page)
                    .orElseThrow(() -> new AssertionError(type.getName() + " includes " + page + ", which is missing"));
            collect(type, parse(included), fields);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                collect(type, e, fields);
            }
        }
    }

    private static Element parse(Path view) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(view.toFile()).getDocumentElement();
    }
}
