package io.jenkins.plugins.workbenchcredentials.assets;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.workbenchcredentials.testing.WebappSources;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The one list of the page's files, which both hosts serve, agrees with the page's folder. */
class PageFilesTest {
    private static final Map<String, String> TYPES = Map.of(
            "html", PageFiles.HTML,
            "js", PageFiles.JAVASCRIPT,
            "css", PageFiles.CSS,
            "json", PageFiles.JSON,
            "svg", PageFiles.SVG);

    @Test
    void listsEveryFileOfTheFolderAndNothingElse() {
        assertThat(paths(PageFiles.all()))
                .as("the list (left) and the files in %s", WebappSources.folder())
                .containsExactlyInAnyOrderElementsOf(WebappSources.files());
    }

    @Test
    void listsEveryModuleAndStylesheetThatAnotherImports() {
        Set<String> listed = paths(PageFiles.all());
        for (String file : listed) {
            for (String imported : WebappSources.imports(file)) {
                String target = WebappSources.resolve(file, imported);
                assertThat(target).as("%s imports %s", file, imported).isIn(listed);
                assertThat(PageFiles.forEmbeddedPage(target))
                        .as("%s, imported by %s, is served inside Jenkins too", target, file)
                        .isPresent();
            }
        }
    }

    @Test
    void givesEachFileTheTypeOfItsExtension() {
        for (PageFiles.PageFile file : PageFiles.all()) {
            String extension = file.path().substring(file.path().lastIndexOf('.') + 1);
            assertThat(file.contentType()).as(file.path()).isEqualTo(TYPES.get(extension));
        }
    }

    @Test
    void namesFilesByPlainPathsOnly() {
        // A host looks a request path up as it comes: only one spelling of each file can match.
        assertThat(PageFiles.all())
                .allSatisfy(file -> assertThat(file.path()).matches("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\\.[a-z]+"));
        for (String other : List.of("/js/main.js", "./js/main.js", "js//main.js", "js/./main.js", "JS/main.js", "")) {
            assertThat(PageFiles.forStandalonePage(other)).as(other).isEmpty();
        }
        assertThat(PageFiles.forStandalonePage(null)).isEmpty();
    }

    @Test
    void leavesOnlyThePreviewsOwnDocumentOutOfJenkins() {
        Set<String> standaloneOnly = PageFiles.all().stream()
                .filter(PageFiles.PageFile::standaloneOnly)
                .map(PageFiles.PageFile::path)
                .collect(Collectors.toSet());
        assertThat(standaloneOnly).containsExactlyInAnyOrder("index.html", "favicon.svg");
        assertThat(PageFiles.forEmbeddedPage("index.html")).isEmpty();
        assertThat(PageFiles.forStandalonePage("index.html")).isPresent();
        assertThat(PageFiles.forEmbeddedPage("js/main.js").orElseThrow().resource())
                .isEqualTo("io/jenkins/plugins/workbenchcredentials/webapp/js/main.js");
        assertThat(PageFiles.forEmbeddedPage("css/main.css")).isPresent();
        assertThat(PageFiles.forEmbeddedPage("i18n/zh-CN.json")).isPresent();
    }

    private static Set<String> paths(List<PageFiles.PageFile> files) {
        return files.stream().map(PageFiles.PageFile::path).collect(Collectors.toSet());
    }
}
