package io.jenkins.plugins.workbenchcredentials.preview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A browser set to Simplified Chinese gets the page, its dates and the server's messages in Chinese. */
class ChineseIT extends BrowserTest {
    @Override
    String language() {
        return "zh-CN";
    }

    @Override
    void prepare() {
        server.cliOk("zh-secret-1\n", "create", "--type", "secret-text", "--id", "zh-token", "--description", "中文描述");
        server.cliOk(
                Fixtures.kubeconfig("zh-dev-token-2", Instant.now().plus(Duration.ofDays(5))),
                "create",
                "--type",
                "kubeconfig",
                "--id",
                "zh-kube");
    }

    @Test
    void thePageSpeaksChinese() {
        assertThat(page.language()).isEqualTo("zh-CN");
        assertThat(browser.driver().getTitle()).isEqualTo("凭证");
        assertThat(browser.driver().findElement(By.className("wbc-title")).getText())
                .isEqualTo("凭证");
        assertThat(page.createButton().getText()).isEqualTo("创建凭证");
        List<String> headers = browser.driver().findElements(By.cssSelector(".wbc-table thead th")).stream()
                .map(th -> th.getText().replaceAll("[⇅▲▼]", "").strip())
                .toList();
        assertThat(headers).contains("ID", "类型", "描述", "集群 / 上下文", "过期时间", "创建时间", "最近使用", "使用方");
        assertThat(page.cell("zh-token", "wbc-col-type")).isEqualTo("访问令牌（Secret text）");
        assertThat(page.cell("zh-token", "wbc-col-date")).startsWith("现在");
        assertThat(page.cell("zh-kube", "wbc-col-expiry")).startsWith("⚠ 5天后过期");
        assertThat(page.rangeText()).isEqualTo("第 1–2 条，共 2 条凭证");
        browser.screenshot("zh-list");
    }

    @Test
    void formsAndServerMessagesAreChinese() {
        page.openCreate();
        assertThat(page.dialog().findElement(By.className("wbc-dialog-title")).getText())
                .isEqualTo("创建凭证");
        page.field("id").sendKeys("zh-token");
        new Select(page.field("type")).selectByValue("kubeconfig");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                        page.field("kubeconfig"),
                        Fixtures.kubeconfig("zh-dev-token-3", Instant.now().plus(Duration.ofDays(200))));
        browser.waiter()
                .until(ExpectedConditions.textToBe(
                        By.cssSelector("dialog[open] .wbc-kcheck-status"), "kubeconfig 有效 · 2 个上下文"));
        browser.expectFailedRequest(409);
        page.submitButton().click();

        assertThat(page.fieldError("id")).isEqualTo("ID 为“zh-token”的凭证已存在，ID 必须唯一。");
        browser.screenshot("zh-create-error");
    }

    @Test
    void kubeconfigProblemsAreChinese() {
        page.openCreate();
        new Select(page.field("type")).selectByValue("kubeconfig");
        page.field("kubeconfig").sendKeys("""
                apiVersion: v1
                kind: Config
                current-context: dev
                clusters: []
                users:
                - name: dev-user
                  user:
                    token: zh-broken-token-4
                contexts:
                - name: dev
                  context:
                    cluster: nowhere
                    user: dev-user
                """);
        browser.waiter()
                .until(ExpectedConditions.textToBe(
                        By.cssSelector("dialog[open] .wbc-kcheck-status"), "此 kubeconfig 无法保存 · 1 个上下文 · 1 个错误"));
        String problem = browser.driver()
                .findElement(By.cssSelector("dialog[open] .wbc-problems-error li"))
                .getText();
        assertThat(problem).contains("nowhere").containsPattern("\\p{IsHan}").doesNotContain("refers to");
        browser.screenshot("zh-kubeconfig-problem");
    }

    @Test
    void theDeleteDialogIsChinese() {
        page.chooseFromMenu("zh-token", "delete");
        browser.waiter().until(d -> page.dialog().getText().contains("未发现任何地方使用 zh-token"));
        assertThat(page.dialog()
                        .findElement(By.cssSelector(".wbc-dialog-actions .wbc-btn-danger"))
                        .getText())
                .isEqualTo("删除");
        browser.screenshot("zh-delete");
    }

    @Test
    void theBannerAndTheHistoryAreChinese() {
        WebElement banner = page.banner();
        assertThat(banner.findElement(By.className("wbc-banner-title")).getText())
                .isEqualTo("1 个凭证将在 14 天内过期。");
        assertThat(banner.findElement(By.className("wbc-banner-soonest")).getText())
                .startsWith("最先过期的是 zh-kube：5天后过期（");
        assertThat(banner.findElement(By.className("wbc-banner-action")).getText())
                .isEqualTo("只显示这些");
        assertThat(page.row("zh-kube").findElement(By.className("wbc-expiry")).getDomAttribute("title"))
                .as("its dev user's token carries no date")
                .contains("无法读取用户 dev-user 的过期时间（不含日期的令牌）");
        browser.screenshot("zh-banner");

        WebElement dialog = page.chooseFromMenu("zh-token", "history");
        assertThat(dialog.findElement(By.className("wbc-dialog-title")).getText())
                .isEqualTo("zh-token 的变更历史");
        List<WebElement> entries = page.historyEntries();
        assertThat(entries).hasSize(1);
        WebElement created = entries.get(0);
        assertThat(created.findElement(By.className("wbc-history-action")).getText())
                .isEqualTo("创建");
        assertThat(created.findElement(By.className("wbc-date-relative")).getText())
                .containsPattern("\\p{IsHan}");
        assertThat(created.findElement(By.className("wbc-history-who")).getText())
                .isEqualTo("操作人 " + System.getProperty("user.name") + " · 工作台命令行");
        assertThat(created.findElements(By.className("wbc-history-field")))
                .extracting(WebElement::getText)
                .containsExactly("已设置描述", "已设置范围", "已设置令牌");
        assertThat(dialog.findElement(By.className("wbc-history-status")).getText())
                .isEqualTo("1 次变更，最新的在前。");
        browser.screenshot("zh-history");
    }
}
