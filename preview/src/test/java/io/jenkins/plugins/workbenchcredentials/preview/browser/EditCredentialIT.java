package io.jenkins.plugins.workbenchcredentials.preview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Editing: ID and type shown but fixed, a blank secret keeps the stored one, a stale edit is refused. */
class EditCredentialIT extends BrowserTest {
    private static final String PASSWORD = "Stored-password-kept-4Kd9";
    private static final String NEW_PASSWORD = "Replaced-password-8Zt2";

    @Test
    void blankPasswordKeepsTheStoredOne() {
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
        page.open(server.pageUrl());

        WebElement dialog = page.chooseFromMenu("registry-login", "edit");
        assertThat(dialog.findElement(By.className("wbc-dialog-title")).getText())
                .isEqualTo("Edit credential registry-login");
        WebElement id = page.field("id");
        WebElement type = page.field("type");
        assertThat(id.getDomProperty("value")).isEqualTo("registry-login");
        assertThat(id.getDomProperty("readOnly")).isEqualTo("true");
        assertThat(type.getDomProperty("value")).isEqualTo("Username and password");
        assertThat(type.getDomProperty("readOnly")).isEqualTo("true");
        assertThat(type.getTagName())
                .as("the type is shown, not offered as a choice")
                .isEqualTo("input");
        assertThat(page.field("username").getDomProperty("value")).isEqualTo("builder");
        assertThat(page.field("password").getDomProperty("value"))
                .as("a secret is never sent to the page")
                .isEmpty();
        assertThat(dialog.getText()).contains("Leave blank to keep the stored value.");
        page.assertHoldsNone(PASSWORD);
        browser.screenshot("edit-username-password");

        page.field("description").clear();
        page.field("description").sendKeys("Registry login of the build agents");
        page.field("username").clear();
        page.field("username").sendKeys("builder-2");
        page.submitButton().click();

        assertThat(page.notice()).isEqualTo("Credential registry-login saved.");
        page.waitForDialogClosed();
        page.waitForRows(ids -> ids.contains("registry-login"), "with registry-login");
        assertThat(page.cell("registry-login", "wbc-col-type")).contains("builder-2");
        assertThat(page.cell("registry-login", "wbc-col-description")).isEqualTo("Registry login of the build agents");
        assertThat(exec("registry-login", "test \"$USERNAME\" = builder-2 && test \"$PASSWORD\" = '" + PASSWORD + "'"))
                .as("the username changed, the password kept")
                .isZero();
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("aria-label"))
                .as("focus back on the row's menu button")
                .isEqualTo("Actions for registry-login");
    }

    @Test
    void typedPasswordReplacesTheStoredOne() {
        server.cliOk(
                PASSWORD + "\n",
                "create",
                "--type",
                "username-password",
                "--id",
                "deploy-login",
                "--username",
                "deployer");
        page.open(server.pageUrl());

        page.chooseFromMenu("deploy-login", "edit");
        page.field("password").sendKeys(NEW_PASSWORD);
        page.submitButton().click();

        assertThat(page.notice()).isEqualTo("Credential deploy-login saved.");
        page.assertHoldsNone(PASSWORD, NEW_PASSWORD);
        assertThat(exec("deploy-login", "test \"$PASSWORD\" = '" + NEW_PASSWORD + "'"))
                .isZero();
    }

    @Test
    void kubeconfigEditOffersTheStoredContextsAndKeepsTheFile() {
        String devToken = "dev-token-of-the-edited-kubeconfig-55e1";
        server.cliOk(
                Fixtures.kubeconfig(devToken, Instant.now().plus(Duration.ofDays(90))),
                "create",
                "--type",
                "kubeconfig",
                "--id",
                "cluster-edit");
        page.open(server.pageUrl());

        page.chooseFromMenu("cluster-edit", "edit");
        assertThat(page.field("kubeconfig").getDomProperty("value")).isEmpty();
        Select context = new Select(page.field("defaultContext"));
        assertThat(context.getOptions())
                .extracting(WebElement::getText)
                .containsExactly("The file’s current-context (dev)", "dev", "prod");
        context.selectByValue("prod");
        page.submitButton().click();

        assertThat(page.notice()).isEqualTo("Credential cluster-edit saved.");
        page.waitForRows(ids -> ids.contains("cluster-edit"), "with cluster-edit");
        assertThat(page.cell("cluster-edit", "wbc-col-cluster")).contains("prod-cluster / prod");
        assertThat(exec("cluster-edit", "grep -q 'current-context: prod' \"$KUBECONFIG\""))
                .isZero();
        page.assertHoldsNone(devToken);
    }

    @Test
    void anEditOfAStaleCopyIsRefusedAndCanBeReloaded() {
        server.cliOk(
                "stale-test-token-3Jq\n",
                "create",
                "--type",
                "secret-text",
                "--id",
                "shared-token",
                "--description",
                "first");
        page.open(server.pageUrl());

        page.chooseFromMenu("shared-token", "edit");
        server.cliOk("", "update", "shared-token", "--description", "changed elsewhere");
        page.field("description").clear();
        page.field("description").sendKeys("my change");
        browser.expectFailedRequest(409);
        page.submitButton().click();

        WebElement alert = page.dialog().findElement(By.cssSelector(".wbc-form-error[role='alert']"));
        browser.waiter().until(d -> alert.getText().contains("was changed by someone else"));
        browser.screenshot("edit-stale");
        alert.findElement(By.tagName("button")).click();

        browser.waiter()
                .until(d -> "changed elsewhere".equals(page.field("description").getDomProperty("value")));
        page.field("description").clear();
        page.field("description").sendKeys("my change");
        page.submitButton().click();
        assertThat(page.notice()).isEqualTo("Credential shared-token saved.");
        page.waitForRows(ids -> ids.contains("shared-token"), "with shared-token");
        browser.waiter()
                .until(d -> page.cell("shared-token", "wbc-col-description").equals("my change"));
    }

    private int exec(String id, String shellTest) {
        return server.cli("", "exec", "--id", id, "--", "sh", "-c", shellTest).exitCode();
    }
}
