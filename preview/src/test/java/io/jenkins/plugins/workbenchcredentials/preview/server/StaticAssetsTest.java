package io.jenkins.plugins.workbenchcredentials.preview.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StaticAssetsTest {
    private final StaticAssets assets = new StaticAssets(
            "io/jenkins/plugins/workbenchcredentials/preview/testassets/", StaticAssetsTest.class.getClassLoader());

    @Test
    void servesIndexAtTheRootAndEachFileWithItsType() throws Exception {
        assertThat(assets.find("/").orElseThrow().contentType()).isEqualTo("text/html; charset=UTF-8");
        assertThat(new String(assets.find("/").orElseThrow().bytes(), StandardCharsets.UTF_8))
                .contains("<title>t</title>");
        assertThat(assets.find("/app.js").orElseThrow().contentType()).isEqualTo("text/javascript; charset=UTF-8");
        assertThat(assets.find("/style.css").orElseThrow().contentType()).isEqualTo("text/css; charset=UTF-8");
        assertThat(assets.find("/data.json").orElseThrow().contentType()).isEqualTo("application/json; charset=UTF-8");
        assertThat(assets.find("/i18n/messages_zh_CN.properties").orElseThrow().contentType())
                .isEqualTo("text/plain; charset=UTF-8");
    }

    @Test
    void servesNothingOutsideTheFolderNorOfUnknownType() throws Exception {
        for (String path : new String[] {
            "/missing.js",
            "/notes.unknownext",
            "/i18n",
            "/i18n/",
            "/../testassets/app.js",
            "/./app.js",
            "/.app.js",
            "//app.js",
            "/app.js/",
            "/..",
            "/a\\b.js",
            "/%2e%2e/app.js"
        }) {
            assertThat(assets.find(path)).as(path).isEmpty();
        }
    }
}
