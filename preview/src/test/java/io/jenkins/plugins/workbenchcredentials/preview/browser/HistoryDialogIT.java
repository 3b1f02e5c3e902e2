package io.jenkins.plugins.workbenchcredentials.preview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The History item of the row menu: a dialog with the changes the server recorded, newest first, each with
 * when, what, who (the operating-system user the preview records), through what and which fields; never a value.
 */
class HistoryDialogIT extends BrowserTest {
    /** The user the preview records, as its own CLI tests expect it. */
    private static final String USER = System.getProperty("user.name");

    private static final String PASSWORD = "History-password-first-3Jd";
    private static final String NEW_PASSWORD = "History-password-second-8Rk";

    @Override
    void prepare() {
        server.cliOk(
                PASSWORD + "\n",
                "create",
                "--type",
                "username-password",
                "--id",
                "registry-login",
                "--username",
                "builder",
                "--description",
                "Registry login");
        server.cliOk("retired-secret-5Tq\n", "create", "--type", "secret-text", "--id", "retired-token");
        server.cliOk("keyboard-history-secret-2Wm\n", "create", "--type", "secret-text", "--id", "kbd-history");
    }

    @Test
    void theChangesAreListedNewestFirstWithWhoThroughWhatAndWhichFields() {
        page.chooseFromMenu("registry-login", "edit");
        page.field("description").clear();
        page.field("description").sendKeys("Registry login of the build agents");
        page.field("password").sendKeys(NEW_PASSWORD);
        page.submitButton().click();
        assertThat(page.notice()).isEqualTo("Credential registry-login saved.");
        page.waitForDialogClosed();
        page.waitForRows(ids -> ids.contains("registry-login"), "with registry-login");
        // Another credential deleted: its history stays on the server, but it has no row to open it from.
        WebElement delete = page.chooseFromMenu("retired-token", "delete");
        browser.waiter()
                .until(ExpectedConditions.elementToBeClickable(
                        delete.findElement(By.cssSelector(".wbc-dialog-actions .wbc-btn-danger"))))
                .click();
        page.waitForNotice("Credential retired-token deleted.");
        page.waitForRows(ids -> !ids.contains("retired-token"), "without retired-token");

        WebElement dialog = page.chooseFromMenu("registry-login", "history");
        assertThat(dialog.findElement(By.className("wbc-dialog-title")).getText())
                .isEqualTo("History of registry-login");
        List<WebElement> entries = page.historyEntries();
        assertThat(dialog.findElement(By.className("wbc-history-status")).getText())
                .isEqualTo("2 changes, newest first.");
        assertThat(entries).extracting(e -> e.getDomAttribute("data-action")).containsExactly("updated", "created");

        WebElement updated = entries.get(0);
        assertThat(updated.findElement(By.className("wbc-history-action")).getText())
                .isEqualTo("Updated");
        assertThat(updated.findElement(By.className("wbc-date-relative")).getText())
                .isIn("now", "1 minute ago", "2 minutes ago");
        assertThat(updated.findElement(By.className("wbc-date-absolute")).getText())
                .matches(".*\\d{4}.*\\d{1,2}:\\d{2}.*");
        assertThat(updated.findElement(By.className("wbc-history-who")).getText())
                .isEqualTo("by " + USER + " · Workbench page or API");
        assertThat(fields(updated)).containsExactly("Description changed", "Password changed");
        assertThat(updated.findElement(By.cssSelector("[data-field='password']"))
                        .getDomAttribute("title"))
                .isEqualTo("A secret: the history records that it changed, never its value.");

        WebElement created = entries.get(1);
        assertThat(created.findElement(By.className("wbc-history-action")).getText())
                .isEqualTo("Created");
        assertThat(created.findElement(By.className("wbc-history-who")).getText())
                .isEqualTo("by " + USER + " · Workbench CLI");
        assertThat(fields(created)).containsExactly("Description set", "Scope set", "Username set", "Password set");
        assertThat(dialog.getText())
                .contains("The history records the names of the fields a change set, never their values.");
        page.assertHoldsNone(PASSWORD, NEW_PASSWORD);
        browser.screenshot("history-dialog");

        dialog.findElement(By.cssSelector(".wbc-dialog-actions .wbc-btn")).click();
        page.waitForDialogClosed();
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(page.menuButton("registry-login"));
    }

    @Test
    void itOpensFromTheRowMenuAndClosesWithEscapeFromTheKeyboard() {
        page.searchBox().click();
        WebElement menuButton = null;
        for (int i = 0; i < 40 && menuButton == null; i++) {
            press(Keys.TAB);
            if ("Actions for kbd-history".equals(active().getDomAttribute("aria-label"))) {
                menuButton = active();
            }
        }
        assertThat(menuButton).as("Tab reaches the menu button of kbd-history").isNotNull();
        press(Keys.ENTER);
        press(Keys.ARROW_DOWN);
        assertThat(active().getText()).isEqualTo("History");
        press(Keys.ENTER);

        WebElement dialog = page.dialog();
        assertThat(page.historyEntries()).hasSize(1);
        assertThat(active().getText()).as("focus on the dialog's Close button").isEqualTo("Close");
        for (int i = 0; i < 4; i++) {
            press(Keys.TAB);
            page.assertFocusInsideDialog();
        }
        assertThat(dialog.getText()).contains("Created", "Token set");
        press(Keys.ESCAPE);
        page.waitForDialogClosed();
        assertThat(active()).as("focus back on the button that opened the menu").isEqualTo(menuButton);
    }

    @Test
    void whileLoadingItSaysSoAndAFailedLoadSaysWhy() {
        // The history request is held back, then fails as when the server cannot be reached.
        browser.script("var real = window.fetch;"
                + "window.fetch = function (url, init) {"
                + "  if (String(url).indexOf('/history') < 0) { return real.apply(this, arguments); }"
                + "  return new Promise(function (resolve, reject) {"
                + "    window.failHistory = function () { reject(new TypeError('Failed to fetch')); };"
                + "  });"
                + "};");
        WebElement dialog = page.chooseFromMenu("kbd-history", "history");
        WebElement status = dialog.findElement(By.className("wbc-history-status"));
        assertThat(status.getText()).isEqualTo("Loading the history…");
        assertThat(status.getDomAttribute("role")).isEqualTo("status");
        assertThat(dialog.findElement(By.className("wbc-history-content")).getDomAttribute("aria-busy"))
                .isEqualTo("true");

        browser.script("window.failHistory();");
        WebElement error = browser.waiter()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog[open] .wbc-form-error")));
        assertThat(error.getDomAttribute("role")).isEqualTo("alert");
        assertThat(error.getText())
                .isEqualTo("The server could not be reached. Check that it is running, then try again.");
        assertThat(dialog.findElements(By.className("wbc-history-entry"))).isEmpty();
        browser.screenshot("history-dialog-error");
        page.dialog().sendKeys(Keys.ESCAPE);
        page.waitForDialogClosed();
    }

    @Test
    void aCredentialStoredBeforeTheHistoryHasNoChangeRecordedYet() throws Exception {
        // The store of FormatOneStoreTest, written by the preview before it kept a history.
        Path home = Files.createTempDirectory("workbench-home");
        for (String name : new String[] {"credentials.wbc", "usage.wbc", "store.key"}) {
            try (InputStream in = Objects.requireNonNull(
                    HistoryDialogIT.class.getResourceAsStream(
                            "/io/jenkins/plugins/workbenchcredentials/preview/store/format-1/" + name),
                    name)) {
                Files.copy(in, home.resolve(name));
            }
            Files.setPosixFilePermissions(home.resolve(name), PosixFilePermissions.fromString("rw-------"));
        }
        try (PreviewServer older = PreviewServer.startOn(home)) {
            page.open(older.pageUrl());
            WebElement dialog = page.chooseFromMenu("gh-token", "history");
            WebElement status = dialog.findElement(By.className("wbc-history-status"));
            browser.waiter().until(ExpectedConditions.textToBePresentInElement(status, "No change recorded yet."));
            assertThat(dialog.getText())
                    .contains(
                            "The history starts with the next change: this credential was stored before the workbench kept one.");
            assertThat(dialog.findElements(By.className("wbc-history-entry"))).isEmpty();
            browser.screenshot("history-dialog-empty");
        }
    }

    private static List<String> fields(WebElement entry) {
        return entry.findElements(By.className("wbc-history-field")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    private void press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }
}
