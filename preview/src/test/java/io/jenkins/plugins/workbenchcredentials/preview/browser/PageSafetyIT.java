package io.jenkins.plugins.workbenchcredentials.preview.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;

/** Data stays text under the server's Content-Security-Policy, and the access token leaves the address bar. */
class PageSafetyIT extends BrowserTest {
    private static final String MARKUP = "<img src=x onerror=alert(1)>";

    @Test
    void markupInADescriptionIsShownAsTextAndNeverRuns() {
        server.cliOk(
                "markup-secret-1\n", "create", "--type", "secret-text", "--id", "markup-cli", "--description", MARKUP);
        page.open(server.pageUrl());
        page.openCreate();
        page.field("id").sendKeys("markup-page");
        new Select(page.field("type")).selectByValue("secret-text");
        page.field("description").sendKeys(MARKUP);
        page.field("token").sendKeys("markup-secret-2");
        page.submitButton().click();
        page.notice();
        page.waitForRows(ids -> ids.contains("markup-page") && ids.contains("markup-cli"), "with both");

        assertThat(page.cell("markup-cli", "wbc-col-description")).isEqualTo(MARKUP);
        assertThat(page.cell("markup-page", "wbc-col-description")).isEqualTo(MARKUP);
        assertThat(browser.driver().findElements(By.cssSelector("#workbench-credentials img")))
                .isEmpty();
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        browser.screenshot("markup-as-text");

        page.chooseFromMenu("markup-cli", "delete");
        browser.waiter().until(d -> page.dialog().getText().contains("Nothing is known to use"));
        assertThat(page.dialog().findElement(By.className("wbc-dialog-title")).getText())
                .isEqualTo("Delete credential markup-cli");
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void theConsoleCheckSeesPolicyViolations() {
        // The check every test ends with must be able to fail: markup with a handler, inserted the unsafe
        // way, is blocked by the server's policy, and the browser reports that in its console.
        browser.script("var d = document.createElement('div'); d.innerHTML = '<img src=\"data:,\" onerror=\"void 0\">';"
                + "document.body.append(d);");
        List<LogEntry> logged = new ArrayList<>();
        browser.waiter().until(d -> {
            logged.addAll(browser.consoleErrors());
            return !logged.isEmpty();
        });
        assertThat(logged).anyMatch(entry -> entry.getMessage().contains("Content Security Policy"));
    }

    @Test
    void theTokenIsTakenFromTheAddressAndKeptForTheTab() {
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(server.baseUrl()).doesNotContain(server.token());
        browser.driver().navigate().refresh();
        page.waitUntilListed();
        assertThat(browser.driver().findElements(By.cssSelector(".wbc-notice-error")))
                .as("still signed in")
                .isEmpty();
    }

    @Test
    void withoutTheTokenThePageSaysWhatToOpen() {
        browser.script("sessionStorage.clear();");
        browser.expectFailedRequest(401);
        browser.driver().get(server.baseUrl());
        browser.waiter().until(d -> page.notice().contains("The access token is missing or wrong"));
        assertThat(page.notice()).contains("Open the address that the serve command printed (it ends in #token=…).");
        browser.screenshot("no-token");
    }
}
