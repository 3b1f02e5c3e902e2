package io.jenkins.plugins.workbenchcredentials.preview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The delete dialog: it asks where the credential is used, lists the dependents and, if any, needs the ID typed. */
class DeleteDialogIT extends BrowserTest {
    private static final int NOT_FOUND = 4;
    private Path pipelines;

    @Override
    Path pipelines() throws Exception {
        pipelines = Files.createTempDirectory("pipelines");
        Files.createDirectories(pipelines.resolve("release"));
        Files.writeString(pipelines.resolve("release/Jenkinsfile"), """
                pipeline {
                  agent any
                  stages {
                    stage('Deploy') {
                      steps {
                        withWorkbenchCredential('deploy-key') { sh './deploy.sh' }
                      }
                    }
                  }
                }
                """);
        return pipelines;
    }

    @Test
    void aUsedCredentialListsItsConsumersAndNeedsTheIdTyped() {
        server.cliOk(
                "deploy-key-secret-6Hw\n",
                "create",
                "--type",
                "secret-text",
                "--id",
                "deploy-key",
                "--description",
                "Deploys the web site");
        PreviewServer.Result used =
                server.cli("", "exec", "--id", "deploy-key", "--consumer", "nightly-deploy", "--", "true");
        assertThat(used.exitCode()).isZero();
        page.open(server.pageUrl());
        assertThat(page.cell("deploy-key", "wbc-col-usedby")).isEqualTo("2 consumers");

        WebElement dialog = page.chooseFromMenu("deploy-key", "delete");
        WebElement status = dialog.findElement(By.className("wbc-delete-status"));
        browser.waiter().until(ExpectedConditions.textToBePresentInElement(status, "is used by"));
        assertThat(status.getText()).isEqualTo("deploy-key is used by 2 pipelines or jobs.");
        assertThat(dialog.findElement(By.className("wbc-references")).getText())
                .contains("Referenced in", "release/Jenkinsfile");
        assertThat(dialog.findElement(By.className("wbc-uses")).getText())
                .contains("Recently used by", "nightly-deploy", "#1");
        assertThat(dialog.findElement(By.className("wbc-warning-box")).getText())
                .contains("Deleting it breaks them", "Their next run fails when it binds deploy-key");
        WebElement delete = dialog.findElement(By.cssSelector(".wbc-dialog-actions .wbc-btn-danger"));
        assertThat(delete.isEnabled()).as("Delete waits for the confirmation").isFalse();
        browser.screenshot("delete-used");

        WebElement confirm = page.field("confirmId");
        confirm.sendKeys("deploy-ke");
        assertThat(delete.isEnabled()).isFalse();
        confirm.sendKeys("y");
        assertThat(delete.isEnabled()).isTrue();
        browser.screenshot("delete-used-confirmed");
        delete.click();

        assertThat(page.notice()).isEqualTo("Credential deploy-key deleted.");
        page.waitForDialogClosed();
        page.waitForRows(ids -> !ids.contains("deploy-key"), "without deploy-key");
        assertThat(server.cli("", "get", "deploy-key").exitCode()).isEqualTo(NOT_FOUND);
    }

    @Test
    void anUnusedCredentialIsDeletedWithoutForce() {
        server.cliOk("unused-secret-1Pz\n", "create", "--type", "secret-text", "--id", "unused-token");
        page.open(server.pageUrl());

        WebElement dialog = page.chooseFromMenu("unused-token", "delete");
        WebElement status = dialog.findElement(By.className("wbc-delete-status"));
        browser.waiter().until(ExpectedConditions.textToBePresentInElement(status, "Nothing is known to use"));
        assertThat(dialog.findElements(By.name("confirmId")))
                .as("no confirmation to type")
                .isEmpty();
        WebElement delete = dialog.findElement(By.cssSelector(".wbc-dialog-actions .wbc-btn-danger"));
        assertThat(delete.isEnabled()).isTrue();
        browser.screenshot("delete-unused");
        delete.click();

        assertThat(page.notice()).isEqualTo("Credential unused-token deleted.");
        page.waitForRows(ids -> !ids.contains("unused-token"), "without unused-token");
        assertThat(server.cli("", "get", "unused-token").exitCode()).isEqualTo(NOT_FOUND);
    }

    @Test
    void cancelKeepsTheCredential() {
        server.cliOk("kept-secret-2Mv\n", "create", "--type", "secret-text", "--id", "kept-token");
        page.open(server.pageUrl());

        WebElement dialog = page.chooseFromMenu("kept-token", "delete");
        browser.waiter()
                .until(ExpectedConditions.elementToBeClickable(
                        dialog.findElement(By.cssSelector(".wbc-dialog-actions .wbc-btn-danger"))));
        dialog.findElement(By.xpath(".//div[@class='wbc-dialog-actions']/button[1]"))
                .click();
        page.waitForDialogClosed();
        assertThat(page.rowIds()).contains("kept-token");
        assertThat(server.cli("", "get", "kept-token").exitCode()).isZero();
    }
}
