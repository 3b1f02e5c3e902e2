package io.jenkins.plugins.workbenchcredentials.preview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The workbench page as a user sees it: the list, its controls, the row menus and the dialogs. */
final class WorkbenchPage {
    static final By OPEN_DIALOG = By.cssSelector("dialog[open]");

    private final Browser browser;

    WorkbenchPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens the page at {@code url} and waits for the first list. */
    WorkbenchPage open(String url) {
        // From another document: only a new fragment on the same page would not load it again.
        browser.driver().get("about:blank");
        browser.driver().get(url);
        waitUntilListed();
        return this;
    }

    /** Waits until a list answer is shown and no other is on its way. */
    void waitUntilListed() {
        browser.waiter()
                .until(d ->
                        Boolean.TRUE.equals(browser.script("var r = document.getElementById('workbench-credentials');"
                                + "return r.hasAttribute('data-total') && !r.hasAttribute('data-loading');")));
    }

    /** The IDs of the rows shown, top to bottom. */
    @SuppressWarnings("unchecked")
    List<String> rowIds() {
        return (List<String>) browser.script(
                "return Array.from(document.querySelectorAll('#workbench-credentials tbody tr[data-id]'))"
                        + ".map(function (row) { return row.dataset.id; });");
    }

    /** Waits until the rows shown satisfy {@code condition}, and returns them. */
    List<String> waitForRows(Predicate<List<String>> condition, String description) {
        browser.newWaiter()
                .withMessage(() -> "rows " + description + "; shown: " + rowIds())
                .until(d -> condition.test(rowIds()) && !isLoading());
        return rowIds();
    }

    private boolean isLoading() {
        return Boolean.TRUE.equals(browser.script(
                "return document.getElementById('workbench-credentials').hasAttribute('data-loading');"));
    }

    WebElement row(String id) {
        return browser.driver().findElement(By.cssSelector("#workbench-credentials tbody tr[data-id='" + id + "']"));
    }

    /** The text of a row's cell, by its column class (e.g. {@code wbc-col-type}). */
    String cell(String id, String columnClass) {
        return row(id).findElement(By.className(columnClass)).getText();
    }

    WebElement createButton() {
        return browser.driver().findElement(By.cssSelector(".wbc-create"));
    }

    WebElement searchBox() {
        return browser.driver().findElement(By.name("query"));
    }

    Select typeFilter() {
        return new Select(browser.driver().findElement(By.name("typeFilter")));
    }

    Select expiringFilter() {
        return new Select(browser.driver().findElement(By.name("expiringFilter")));
    }

    /** The banner of expired and expiring credentials, waited for. */
    WebElement banner() {
        return browser.waiter()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#workbench-credentials .wbc-banner")));
    }

    /** Whether the banner is shown: its live region is always there, empty while nothing needs attention. */
    boolean hasBanner() {
        return !browser.driver()
                .findElements(By.cssSelector("#workbench-credentials .wbc-banner"))
                .isEmpty();
    }

    /** The live region the banner appears in. */
    WebElement bannerArea() {
        return browser.driver().findElement(By.cssSelector("#workbench-credentials .wbc-banner-area"));
    }

    Select pageSize() {
        return new Select(browser.driver().findElement(By.name("pageSize")));
    }

    WebElement sortButton(String field) {
        return browser.driver().findElement(By.cssSelector(".wbc-sort[data-sort='" + field + "']"));
    }

    /** The aria-sort of a sortable column's header, or null. */
    String ariaSort(String field) {
        return sortButton(field).findElement(By.xpath("..")).getDomAttribute("aria-sort");
    }

    String rangeText() {
        return browser.driver().findElement(By.className("wbc-range")).getText();
    }

    WebElement nextButton() {
        return browser.driver().findElement(By.className("wbc-next"));
    }

    WebElement previousButton() {
        return browser.driver().findElement(By.className("wbc-previous"));
    }

    WebElement menuButton(String id) {
        return row(id).findElement(By.className("wbc-menu-button"));
    }

    /** Clicks a row's ︙ and then one of its items ({@code edit}, {@code history} or {@code delete}); returns the dialog. */
    WebElement chooseFromMenu(String id, String action) {
        menuButton(id).click();
        WebElement item = browser.waiter()
                .until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector(".wbc-menu [data-action='" + action + "']")));
        item.click();
        return dialog();
    }

    WebElement openCreate() {
        createButton().click();
        return dialog();
    }

    /** The open dialog, once it is shown. */
    WebElement dialog() {
        return browser.waiter().until(ExpectedConditions.visibilityOfElementLocated(OPEN_DIALOG));
    }

    void waitForDialogClosed() {
        browser.waiter().until(ExpectedConditions.invisibilityOfElementLocated(OPEN_DIALOG));
    }

    /** A form control of the open dialog, by its name. */
    WebElement field(String name) {
        return dialog().findElement(By.name(name));
    }

    /** The message shown under a field of the open dialog, waited for. */
    String fieldError(String name) {
        WebElement error =
                dialog().findElement(By.cssSelector(".wbc-field[data-field='" + name + "'] .wbc-field-error"));
        browser.waiter().until(ExpectedConditions.visibilityOf(error));
        return error.getText();
    }

    WebElement submitButton() {
        return dialog().findElement(By.cssSelector(".wbc-dialog-actions button[type='submit']"));
    }

    /** The success or error notice above the list, waited for. */
    String notice() {
        return browser.waiter()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#workbench-credentials .wbc-notice .wbc-notice-text")))
                .getText();
    }

    /**
     * Waits until the notice says {@code expected}, for a notice that follows another (a deletion after a
     * save); fails with the notice last shown when it does not come.
     */
    void waitForNotice(String expected) {
        By text = By.cssSelector("#workbench-credentials .wbc-notice .wbc-notice-text");
        try {
            browser.waiter().until(ExpectedConditions.textToBe(text, expected));
        } catch (TimeoutException e) {
            throw new AssertionError("expected the notice \"" + expected + "\" but it was \"" + notice() + "\"", e);
        }
    }

    /** Asserts that none of {@code secrets} is anywhere in the page: markup, field values, storage, address. */
    void assertHoldsNone(String... secrets) {
        String source = browser.driver().getPageSource();
        Object values =
                browser.script("var parts = [document.documentElement.outerHTML, location.href, document.title];"
                        + "document.querySelectorAll('input, textarea, select').forEach(function (e) { parts.push(e.value); });"
                        + "for (var s of [sessionStorage, localStorage]) for (var i = 0; i < s.length; i++)"
                        + "  { parts.push(s.key(i)); parts.push(s.getItem(s.key(i))); }"
                        + "return parts.join('\\n');");
        for (String secret : secrets) {
            assertThat(source).as("page source").doesNotContain(secret);
            assertThat((String) values).as("page DOM, field values and storage").doesNotContain(secret);
        }
    }

    /** The entries of the open history dialog, top to bottom, once it has loaded them. */
    List<WebElement> historyEntries() {
        browser.waiter()
                .until(d -> !dialog().findElements(By.cssSelector(".wbc-history-entry"))
                        .isEmpty());
        return dialog().findElements(By.cssSelector(".wbc-history-entry"));
    }

    /** The page's language attribute, as the script set it. */
    String language() {
        return browser.driver().findElement(By.id("workbench-credentials")).getDomAttribute("lang");
    }

    void assertFocusInsideDialog() {
        assertThat(browser.script("return document.querySelector('dialog[open]').contains(document.activeElement);"))
                .as("focus inside the dialog")
                .isEqualTo(Boolean.TRUE);
    }
}
