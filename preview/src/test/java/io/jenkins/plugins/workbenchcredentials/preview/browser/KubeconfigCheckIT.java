package io.jenkins.plugins.workbenchcredentials.preview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The kubeconfig is checked by the server as it is typed: contexts, errors, warnings and expiry shown at once. */
class KubeconfigCheckIT extends BrowserTest {
    private static final By STATUS = By.cssSelector("dialog[open] .wbc-kcheck-status");
    private static final By PANEL = By.cssSelector("dialog[open] .wbc-kcheck");

    @Test
    void contextsAndThenAProblemAppearAsTheFileIsTyped() {
        openKubeconfigForm();
        WebElement field = page.field("kubeconfig");
        field.sendKeys(Fixtures.kubeconfig(
                "dev-token-typed-key-by-key-0001", Instant.now().plus(Duration.ofDays(10))));

        browser.waiter().until(ExpectedConditions.textToBe(STATUS, "Valid kubeconfig · 2 contexts"));
        WebElement panel = browser.driver().findElement(PANEL);
        assertThat(panel.getDomAttribute("data-state")).isEqualTo("valid");
        List<String> rows = panel.findElements(By.cssSelector(".wbc-subtable tbody tr")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(rows)
                .containsExactly(
                        "dev current dev-cluster https://dev.example.com:6443 dev-user default",
                        "prod prod-cluster https://prod.example.com:6443 prod-user web");
        WebElement expiry = panel.findElement(By.className("wbc-kcheck-expiry"));
        assertThat(expiry.getText()).startsWith("Earliest expiry: the token of user prod-user, in 10 days");
        assertThat(expiry.getDomAttribute("class")).contains("wbc-expiry-soon");
        assertThat(panel.getText()).doesNotContain("null", "undefined");
        assertThat(new Select(page.field("defaultContext")).getOptions())
                .extracting(WebElement::getText)
                .containsExactly("The file’s current-context (dev)", "dev", "prod");
        browser.screenshot("kubeconfig-check-valid");

        field.sendKeys("- name: ops\n  context:\n    cluster: missing-cluster\n    user: dev-user\n");

        browser.waiter()
                .until(ExpectedConditions.textToBe(STATUS, "This kubeconfig cannot be saved · 3 contexts · 1 error"));
        assertThat(panel.getDomAttribute("data-state")).isEqualTo("invalid");
        assertThat(panel.findElement(By.cssSelector(".wbc-problems-error")).getText())
                .contains("Context \"ops\" refers to cluster \"missing-cluster\", which is not defined");
        browser.screenshot("kubeconfig-check-error");
    }

    @Test
    void warningsAndUnreadableTextAreShown() {
        openKubeconfigForm();
        WebElement field = page.field("kubeconfig");
        field.sendKeys("""
                apiVersion: v1
                kind: Config
                current-context: lab
                clusters:
                - name: lab
                  cluster:
                    server: http://lab.example.com:8080
                users:
                - name: lab
                  user:
                    token: lab-token-sent-in-clear-77
                contexts:
                - name: lab
                  context:
                    cluster: lab
                    user: lab
                """);
        browser.waiter().until(ExpectedConditions.textToBe(STATUS, "Valid kubeconfig · 1 context · 1 warning"));
        assertThat(browser.driver()
                        .findElement(By.cssSelector("dialog[open] .wbc-problems-warning"))
                        .getText())
                .contains("Cluster \"lab\" uses plain http");
        browser.screenshot("kubeconfig-check-warning");

        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), "clusters: [unclosed");
        browser.waiter()
                .until(ExpectedConditions.textToBe(STATUS, "This kubeconfig cannot be saved · 0 contexts · 1 error"));
        assertThat(browser.driver()
                        .findElement(By.cssSelector("dialog[open] .wbc-problems-error"))
                        .getText())
                .contains("not valid YAML");

        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        browser.waiter().until(ExpectedConditions.invisibilityOfElementLocated(PANEL));
    }

    private void openKubeconfigForm() {
        page.openCreate();
        page.field("id").sendKeys("typed-kube");
        new Select(page.field("type")).selectByValue("kubeconfig");
    }
}
