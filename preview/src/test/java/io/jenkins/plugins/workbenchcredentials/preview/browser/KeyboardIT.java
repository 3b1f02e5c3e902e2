package io.jenkins.plugins.workbenchcredentials.preview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Everything reachable and usable from the keyboard, with the focus always visible and never lost. */
class KeyboardIT extends BrowserTest {
    private static final String TOKEN = "keyboard-typed-token-9Vb";

    @Override
    void prepare() {
        server.cliOk(
                "keyboard-secret-1\n",
                "create",
                "--type",
                "secret-text",
                "--id",
                "kbd-token",
                "--description",
                "For the keyboard");
    }

    @Test
    void theRowMenuOpensMovesAndClosesWithKeys() {
        page.searchBox().click();
        WebElement menuButton = tabUntil("Actions for kbd-token");
        assertThat(outline()).as("visible focus on the menu button").isNotEqualTo("none");

        press(Keys.ENTER);
        assertThat(menuButton.getDomAttribute("aria-expanded")).isEqualTo("true");
        assertThat(menuButton.getDomAttribute("aria-haspopup")).isEqualTo("menu");
        assertThat(active().getText()).isEqualTo("Edit");
        assertThat(active().getDomAttribute("role")).isEqualTo("menuitem");
        browser.screenshot("keyboard-row-menu");

        press(Keys.ARROW_DOWN);
        assertThat(active().getText()).isEqualTo("History");
        press(Keys.ARROW_DOWN);
        assertThat(active().getText()).isEqualTo("Delete");
        press(Keys.ARROW_DOWN);
        assertThat(active().getText()).as("the menu wraps around").isEqualTo("Edit");
        press(Keys.ARROW_UP);
        assertThat(active().getText()).as("and back").isEqualTo("Delete");

        press(Keys.ESCAPE);
        assertThat(browser.driver().findElements(By.cssSelector(".wbc-menu"))).isEmpty();
        assertThat(menuButton.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(active()).isEqualTo(menuButton);

        press(Keys.SPACE);
        assertThat(active().getText()).isEqualTo("Edit");
        press(Keys.ENTER);
        page.dialog();
        browser.waiter().until(d -> "description".equals(active().getDomAttribute("name")));
        for (int i = 0; i < 12; i++) {
            press(Keys.TAB);
            page.assertFocusInsideDialog();
        }
        press(Keys.ESCAPE);
        page.waitForDialogClosed();
        assertThat(active())
                .as("focus back on the button that opened the dialog")
                .isEqualTo(page.menuButton("kbd-token"));
    }

    @Test
    void aCredentialIsCreatedWithTheKeyboardAlone() {
        page.searchBox().click();
        new Actions(browser.driver())
                .keyDown(Keys.SHIFT)
                .sendKeys(Keys.TAB)
                .keyUp(Keys.SHIFT)
                .perform();
        assertThat(active().getDomAttribute("class"))
                .as(() -> "focus on " + browser.script("return document.activeElement.outerHTML"))
                .contains("wbc-create");
        press(Keys.ENTER);
        page.dialog();
        assertThat(active().getDomAttribute("name")).isEqualTo("id");

        type("kbd-created", Keys.TAB);
        assertThat(active().getDomAttribute("name")).isEqualTo("type");
        type("S", Keys.TAB); // the first type starting with S: secret text
        assertThat(active().getDomAttribute("name")).isEqualTo("description");
        type("Typed without a mouse", Keys.TAB);
        assertThat(active().getDomAttribute("name"))
                .as("the fields of other types are skipped")
                .isEqualTo("token");
        type(TOKEN, Keys.ENTER);

        assertThat(page.notice()).isEqualTo("Credential kbd-created created.");
        page.waitForRows(ids -> ids.contains("kbd-created"), "with kbd-created");
        assertThat(active().getDomAttribute("class")).as("focus back on Create").contains("wbc-create");
        page.assertHoldsNone(TOKEN);
    }

    @Test
    void sortingAndPagingWorkFromTheKeyboard() {
        page.searchBox().click();
        WebElement sortById = tabUntilSort("id");
        press(Keys.ENTER);
        browser.waiter().until(d -> "ascending".equals(page.ariaSort("id")));
        assertThat(active()).isEqualTo(sortById);
        press(Keys.SPACE);
        browser.waiter().until(d -> "descending".equals(page.ariaSort("id")));
    }

    private WebElement tabUntil(String ariaLabel) {
        for (int i = 0; i < 40; i++) {
            press(Keys.TAB);
            if (ariaLabel.equals(active().getDomAttribute("aria-label"))) {
                return active();
            }
        }
        throw new AssertionError("Tab never reached " + ariaLabel);
    }

    private WebElement tabUntilSort(String field) {
        for (int i = 0; i < 40; i++) {
            press(Keys.TAB);
            if (field.equals(active().getDomAttribute("data-sort"))) {
                return active();
            }
        }
        throw new AssertionError("Tab never reached the sort button of " + field);
    }

    private WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    private String outline() {
        return (String) browser.script("return getComputedStyle(document.activeElement).outlineStyle;");
    }

    private void press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    private void type(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }
}
