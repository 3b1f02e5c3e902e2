package io.jenkins.plugins.workbenchcredentials.preview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Creating each type through the page, with the stored secret checked by binding it with {@code exec}. */
class CreateCredentialIT extends BrowserTest {
    private static final String PASSWORD = "Pa55-created-in-the-browser-7Qx";
    private static final String TOKEN = "ghp_createdInTheBrowser0123456789abcd";
    private static final String DEV_TOKEN = "dev-token-created-in-the-browser-91ac";

    @Test
    void usernameAndPassword() {
        WebElement dialog = page.openCreate();
        assertThat(dialog.findElement(By.className("wbc-dialog-title")).getText())
                .isEqualTo("Create credential");
        page.field("id").sendKeys("dockerhub-id");
        new Select(page.field("type")).selectByValue("username-password");
        page.field("description").sendKeys("Docker Hub account of the release team");
        page.field("username").sendKeys("release-bot");
        page.field("password").sendKeys(PASSWORD);
        browser.screenshot("create-username-password");
        page.submitButton().click();

        assertThat(page.notice()).isEqualTo("Credential dockerhub-id created.");
        page.waitForDialogClosed();
        assertThat(page.waitForRows(ids -> ids.contains("dockerhub-id"), "with the new credential")
                        .get(0))
                .as("newest first: the new credential is the first row")
                .isEqualTo("dockerhub-id");
        assertThat(page.cell("dockerhub-id", "wbc-col-type")).contains("Username and password", "release-bot");
        assertThat(page.cell("dockerhub-id", "wbc-col-description"))
                .isEqualTo("Docker Hub account of the release team");
        page.assertHoldsNone(PASSWORD);
        browser.screenshot("created-username-password");

        PreviewServer.Result bound = server.cli(
                "",
                "exec",
                "--id",
                "dockerhub-id",
                "--",
                "sh",
                "-c",
                "test \"$USERNAME\" = release-bot && test \"$PASSWORD\" = '" + PASSWORD + "'");
        assertThat(bound.exitCode())
                .as("the stored username and password, bound by exec")
                .isZero();
    }

    @Test
    void secretText() {
        page.openCreate();
        page.field("id").sendKeys("gh-token");
        new Select(page.field("type")).selectByValue("secret-text");
        assertThat(page.field("username").isDisplayed())
                .as("fields of another type are hidden")
                .isFalse();
        page.field("token").sendKeys(TOKEN);
        page.submitButton().click();

        assertThat(page.notice()).isEqualTo("Credential gh-token created.");
        page.waitForRows(ids -> !ids.isEmpty() && ids.get(0).equals("gh-token"), "starting with gh-token");
        assertThat(page.cell("gh-token", "wbc-col-type")).isEqualTo("Secret text (access token)");
        page.assertHoldsNone(TOKEN);
        assertThat(server.cli("", "exec", "--id", "gh-token", "--", "sh", "-c", "test \"$TOKEN\" = '" + TOKEN + "'")
                        .exitCode())
                .isZero();
    }

    @Test
    void kubeconfigPastedWithDefaultContextAndNamespace() {
        page.openCreate();
        page.field("id").sendKeys("prod-kube");
        new Select(page.field("type")).selectByValue("kubeconfig");
        page.field("description").sendKeys("Production cluster");
        setText(
                page.field("kubeconfig"),
                Fixtures.kubeconfig(DEV_TOKEN, Instant.now().plus(Duration.ofDays(10))));
        waitForCheck("Valid kubeconfig · 2 contexts");
        Select context = new Select(page.field("defaultContext"));
        assertThat(context.getOptions())
                .extracting(WebElement::getText)
                .containsExactly("The file’s current-context (dev)", "dev", "prod");
        context.selectByValue("prod");
        page.field("defaultNamespace").sendKeys("web-blue");
        browser.screenshot("create-kubeconfig");
        page.submitButton().click();

        assertThat(page.notice()).isEqualTo("Credential prod-kube created.");
        page.waitForRows(ids -> !ids.isEmpty() && ids.get(0).equals("prod-kube"), "starting with prod-kube");
        assertThat(page.cell("prod-kube", "wbc-col-cluster")).contains("prod-cluster / prod", "namespace web-blue");
        WebElement expiry = page.row("prod-kube").findElement(By.className("wbc-expiry"));
        assertThat(expiry.getDomAttribute("class"))
                .as("expiry within the server's threshold (14 days) is highlighted")
                .contains("wbc-expiry-soon");
        assertThat(expiry.getText()).contains("Expires in 10 days");
        page.assertHoldsNone(DEV_TOKEN);
        browser.screenshot("created-kubeconfig");

        PreviewServer.Result bound = server.cli(
                "",
                "exec",
                "--id",
                "prod-kube",
                "--",
                "sh",
                "-c",
                "grep -q 'current-context: prod' \"$KUBECONFIG\" && grep -q 'namespace: web-blue' \"$KUBECONFIG\"");
        assertThat(bound.exitCode())
                .as("exec binds the chosen default context and namespace")
                .isZero();
    }

    @Test
    void kubeconfigUploadedFromAFile() throws Exception {
        Path file = Files.createTempFile("kubeconfig", ".yaml");
        try {
            Files.writeString(
                    file,
                    Fixtures.kubeconfig(DEV_TOKEN, Instant.now().plus(Duration.ofDays(400))),
                    StandardCharsets.UTF_8);
            page.openCreate();
            page.field("id").sendKeys("uploaded-kube");
            new Select(page.field("type")).selectByValue("kubeconfig");
            page.field("kubeconfigFile").sendKeys(file.toString());
            waitForCheck("Valid kubeconfig · 2 contexts");
            assertThat(page.field("kubeconfig").getDomProperty("value")).contains("prod-cluster");
            assertThat(page.dialog().findElements(By.cssSelector(".wbc-subtable tbody tr")))
                    .hasSize(2);
            page.submitButton().click();
            assertThat(page.notice()).isEqualTo("Credential uploaded-kube created.");
            page.waitForRows(ids -> ids.contains("uploaded-kube"), "with uploaded-kube");
            assertThat(page.cell("uploaded-kube", "wbc-col-cluster")).contains("dev-cluster / dev");
            // Its prod user's JWT expires in 400 days, but its dev user's token carries no date: unknown, not fine.
            WebElement expiry = page.row("uploaded-kube").findElement(By.className("wbc-expiry"));
            assertThat(expiry.getDomAttribute("class")).contains("wbc-expiry-unknown");
            assertThat(expiry.getText()).startsWith("Unknown — token without a date");
            page.assertHoldsNone(DEV_TOKEN);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void missingFieldsAreNamedBeforeAnythingIsSent() {
        page.openCreate();
        page.submitButton().click();
        assertThat(page.fieldError("id")).isEqualTo("Enter an ID.");
        assertThat(page.fieldError("type")).isEqualTo("Choose a type.");
        assertThat(page.field("id").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("name"))
                .isEqualTo("id");

        page.field("id").sendKeys("has space");
        new Select(page.field("type")).selectByValue("secret-text");
        page.submitButton().click();
        assertThat(page.fieldError("id")).isEqualTo("Use only letters, digits, “_”, “.” and “-”.");
        assertThat(page.fieldError("token")).isEqualTo("Token is required.");
        browser.screenshot("create-field-errors");
    }

    @Test
    void serverErrorIsShownNextToItsField() {
        server.cliOk("taken-secret-value-1\n", "create", "--type", "secret-text", "--id", "taken-id");
        page.open(server.pageUrl());
        page.openCreate();
        page.field("id").sendKeys("taken-id");
        new Select(page.field("type")).selectByValue("secret-text");
        page.field("token").sendKeys("another-secret-value-2");
        browser.expectFailedRequest(409);
        page.submitButton().click();

        assertThat(page.fieldError("id"))
                .isEqualTo("A credential with ID \"taken-id\" already exists; IDs are unique.");
        WebElement alert = page.dialog().findElement(By.cssSelector(".wbc-form-error[role='alert']"));
        assertThat(alert.getText()).isEqualTo("ID: A credential with ID \"taken-id\" already exists; IDs are unique.");
        assertThat(page.dialog().isDisplayed())
                .as("the form stays open with what was typed")
                .isTrue();
        browser.screenshot("create-duplicate-id");
    }

    private void waitForCheck(String status) {
        browser.waiter().until(ExpectedConditions.textToBe(By.cssSelector("dialog[open] .wbc-kcheck-status"), status));
    }

    /** Types the text as a user pastes it: one input event per character would take long for a kubeconfig. */
    private void setText(WebElement field, String text) {
        browser.script(
                "arguments[0].value = arguments[1];"
                        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                field,
                text);
    }
}
