package io.jenkins.plugins.workbenchcredentials.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.workbenchcredentials.assets.PageFiles;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The workbench view mounts the core's page as the preview's document does: the same entry module (as a
 * module) and stylesheet, each a file the plugin serves under {@code assets/}, and the mount point's data
 * attributes that tell the page where its API and translations are and that it sits inside Jenkins.
 */
class PageViewTest {
    private static final String ASSETS = "${workbenchBase}assets/";
    private static final Pattern STANDALONE_ENTRY =
            Pattern.compile("<(?:script|link)\\b[^>]*\\s(?:src|href)=\"([^\"]+)\"");

    @Test
    void loadsTheEntryModuleAndStylesheetOfTheCoresPage() throws Exception {
        Document view = parse(PluginLayout.resources().resolve("lib/workbench-credentials/page.jelly"));
        List<String> loaded = new ArrayList<>();
        for (Element script : elements(view, "script")) {
            assertThat(script.getAttribute("type"))
                    .as("type of %s", script.getAttribute("src"))
                    .isEqualTo("module");
            loaded.add(asset(script.getAttribute("src")));
        }
        for (Element link : elements(view, "link")) {
            assertThat(link.getAttribute("rel")).isEqualTo("stylesheet");
            loaded.add(asset(link.getAttribute("href")));
        }
        for (String file : loaded) {
            assertThat(PageFiles.forEmbeddedPage(file))
                    .as("%s among the files the plugin serves", file)
                    .isPresent();
        }
        assertThat(loaded).containsExactlyInAnyOrderElementsOf(standaloneEntries());

        Element mount = elements(view, "div").stream()
                .filter(div -> div.getAttribute("id").equals("workbench-credentials"))
                .findFirst()
                .orElseThrow();
        assertThat(mount.getAttribute("data-host")).isEqualTo("jenkins");
        assertThat(mount.getAttribute("data-api-base")).isEqualTo("${workbenchBase}api/");
        assertThat(mount.getAttribute("data-i18n-base")).isEqualTo(ASSETS + "i18n/");
        assertThat(PageFiles.forEmbeddedPage("i18n/en.json")).isPresent();
        assertThat(PageFiles.forEmbeddedPage("i18n/zh-CN.json")).isPresent();
    }

    /** The scripts and stylesheets of the preview's document, which Jenkins' layout stands in for. */
    private static List<String> standaloneEntries() throws Exception {
        String html;
        try (InputStream in = PageFiles.class.getClassLoader().getResourceAsStream(PageFiles.FOLDER + "index.html")) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> entries = new ArrayList<>();
        Matcher m = STANDALONE_ENTRY.matcher(html);
        while (m.find()) {
            if (!PageFiles.forStandalonePage(m.group(1)).orElseThrow().standaloneOnly()) {
                entries.add(m.group(1));
            }
        }
        return entries;
    }

    private static String asset(String url) {
        assertThat(url).startsWith(ASSETS);
        return url.substring(ASSETS.length());
    }

    private static List<Element> elements(Document view, String name) {
        NodeList nodes = view.getElementsByTagName(name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static Document parse(Path view) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(view.toFile());
    }
}
