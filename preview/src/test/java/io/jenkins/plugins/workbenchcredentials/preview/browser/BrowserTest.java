package io.jenkins.plugins.workbenchcredentials.preview.browser;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * One preview server (its own home folder) and one browser per test class; each test starts on a freshly
 * loaded page and ends with a clean console: no error, no Content-Security-Policy violation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {
    PreviewServer server;
    Browser browser;
    WorkbenchPage page;

    /** The browser's language; English unless a class says otherwise. */
    String language() {
        return "en-US";
    }

    /** The folder of Jenkinsfiles the server scans, or null. */
    Path pipelines() throws Exception {
        return null;
    }

    /** Stores what the class's tests need, before the browser opens. */
    void prepare() throws Exception {}

    @BeforeAll
    void startServerAndBrowser() throws Exception {
        Browser.assumeAvailable();
        server = PreviewServer.start(pipelines());
        prepare();
        browser = Browser.open(language());
        page = new WorkbenchPage(browser);
    }

    @BeforeEach
    void openPage() {
        page.open(server.pageUrl());
    }

    @AfterEach
    void consoleIsClean() {
        browser.assertNoConsoleErrors();
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }
}
