package io.jenkins.plugins.workbenchcredentials.preview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Debian's ChromeDriver, both at fixed paths so that Selenium
 * never looks for (or downloads) a browser or driver of its own. Keeps the browser's console log, so a
 * test can require that the page logged no error, Content-Security-Policy violations included.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Pattern FAILED_REQUEST =
            Pattern.compile("^(\\S+) - Failed to load resource: the server responded with a status of (\\d+)");

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path profile;
    private final List<Integer> expectedFailures = new ArrayList<>();

    /**
     * Skips the calling test where the machine has no Chromium and this is not CI (a developer without it);
     * in CI, where .ci/run installs it, a missing browser is a failure.
     */
    static void assumeAvailable() {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) || System.getenv("CI") != null,
                "no " + CHROMIUM + " here (install Debian's chromium and chromium-driver to run the browser tests)");
    }

    private Browser(String language) throws IOException {
        // Selenium warns that it has no DevTools bindings for this Chromium; the tests use none.
        Logger.getLogger("org.openqa.selenium.devtools").setLevel(Level.SEVERE);
        Logger.getLogger("org.openqa.selenium.chromium").setLevel(Level.SEVERE);
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--no-default-browser-check",
                "--hide-scrollbars",
                "--window-size=1400,1000",
                "--lang=" + language,
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(new File(profile.toFile(), "chromedriver.log"))
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, WAIT);
    }

    /** A browser whose language (UI and Accept-Language) is {@code language}, e.g. {@code en-US}, {@code zh-CN}. */
    static Browser open(String language) throws IOException {
        return new Browser(language);
    }

    ChromeDriver driver() {
        return driver;
    }

    WebDriverWait waiter() {
        return wait;
    }

    /** A wait of its own, for a message that must not stick to the shared one. */
    WebDriverWait newWaiter() {
        return new WebDriverWait(driver, WAIT);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Writes {@code target/screenshots/NAME.png} for review. */
    Path screenshot(String name) {
        try {
            Path folder = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
            Files.createDirectories(folder);
            Path file = folder.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Declares that the test provokes an API error answer with this status (Chromium logs each one as an error). */
    void expectFailedRequest(int status) {
        expectedFailures.add(status);
    }

    /** The console entries at level SEVERE since the last call. */
    List<LogEntry> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
    }

    /**
     * Fails on any console error since the last call, except the failed API requests the test declared:
     * exactly those, each as often as declared.
     */
    void assertNoConsoleErrors() {
        List<Integer> expected = new ArrayList<>(expectedFailures);
        expectedFailures.clear();
        List<String> unexpected = new ArrayList<>();
        for (LogEntry entry : consoleErrors()) {
            Matcher failed = FAILED_REQUEST.matcher(entry.getMessage());
            if (failed.find()
                    && failed.group(1).contains("/api/")
                    && expected.remove(Integer.valueOf(failed.group(2)))) {
                continue;
            }
            unexpected.add(entry.getMessage());
        }
        assertThat(unexpected).as("console errors").isEmpty();
        assertThat(expected).as("declared API failures that did not happen").isEmpty();
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }
}
