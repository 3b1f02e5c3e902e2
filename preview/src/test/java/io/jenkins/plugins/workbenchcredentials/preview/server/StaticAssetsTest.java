package io.jenkins.plugins.workbenchcredentials.preview.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.workbenchcredentials.assets.PageFiles;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StaticAssetsTest {
    private final StaticAssets assets = new StaticAssets(StaticAssetsTest.class.getClassLoader());

    @Test
    void servesIndexAtTheRootAndEveryListedFileWithItsType() throws Exception {
        assertThat(assets.find("/").orElseThrow().contentType()).isEqualTo("text/html; charset=UTF-8");
        assertThat(new String(assets.find("/").orElseThrow().bytes(), StandardCharsets.UTF_8))
                .contains("id=\"workbench-credentials\"");
        for (PageFiles.PageFile file : PageFiles.all()) {
            StaticAssets.Asset asset = assets.find("/" + file.path()).orElseThrow();
            assertThat(asset.contentType()).as(file.path()).isEqualTo(file.contentType());
            try (InputStream in = StaticAssetsTest.class.getClassLoader().getResourceAsStream(file.resource())) {
                assertThat(asset.bytes()).as(file.path()).isEqualTo(in.readAllBytes());
            }
        }
        assertThat(assets.find("/js/main.js").orElseThrow().contentType()).isEqualTo("text/javascript; charset=UTF-8");
        assertThat(assets.find("/css/main.css").orElseThrow().contentType()).isEqualTo("text/css; charset=UTF-8");
        assertThat(assets.find("/i18n/zh-CN.json").orElseThrow().contentType())
                .isEqualTo("application/json; charset=UTF-8");
    }

    @Test
    void servesNothingThatIsNotListed() throws Exception {
        for (String path : new String[] {
            "/missing.js",
            "/workbench.js",
            "/js",
            "/js/",
            "/i18n",
            "/i18n/",
            "/../webapp/js/main.js",
            "/./js/main.js",
            "/js/./main.js",
            "/js/../js/main.js",
            "//js/main.js",
            "/js/main.js/",
            "/JS/MAIN.JS",
            "/js\\main.js",
            "/%2e%2e/js/main.js",
            "/.index.html",
            "/index.html/",
            "/io/jenkins/plugins/workbenchcredentials/messages.properties",
            "/io/jenkins/plugins/workbenchcredentials/assets/PageFiles.class",
            "/META-INF/MANIFEST.MF"
        }) {
            assertThat(assets.find(path)).as(path).isEmpty();
        }
    }
}
