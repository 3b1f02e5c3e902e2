package io.jenkins.plugins.workbenchcredentials.preview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The banner of expired and expiring credentials, the expiry filter (also from the address, as Jenkins'
 * administrative monitor links to the page) and the expiry column, all as the server judges them: its
 * threshold (14 days unless {@code --expiry-days} says otherwise), and "unknown" for a date nobody can read.
 */
class ExpiryBannerIT extends BrowserTest {
    private static final String SOON_TOKEN = Fixtures.jwtExpiringIn(Duration.ofDays(3));

    @Override
    void prepare() {
        server.cliOk(
                Fixtures.jwtExpiringIn(Duration.ofDays(200)),
                "create",
                "--type",
                "secret-text",
                "--id",
                "far-token",
                "--description",
                "Expires in 200 days");
        server.cliOk(
                "banner-plain-token-1\n",
                "create",
                "--type",
                "secret-text",
                "--id",
                "plain-token",
                "--description",
                "No date");
        server.cliOk(Fixtures.execKubeconfig(), "create", "--type", "kubeconfig", "--id", "eks-kube");
        server.cliOk(
                Fixtures.jwtExpiringIn(Duration.ofDays(5).plusHours(1)),
                "create",
                "--type",
                "secret-text",
                "--id",
                "deploy-token",
                "--description",
                "Deploy token (a JWT)");
    }

    @Test
    void theBannerNamesTheTokenThatExpiresWithinTheThreshold() {
        WebElement banner = page.banner();
        assertThat(banner.findElement(By.className("wbc-banner-title")).getText())
                .isEqualTo("1 credential expires within 14 days.");
        assertThat(banner.findElement(By.className("wbc-banner-soonest")).getText())
                .startsWith("deploy-token is the next to expire: in 5 days, on ");
        assertThat(page.bannerArea().getDomAttribute("role")).isEqualTo("status");
        assertThat(page.bannerArea().getDomAttribute("aria-live")).isEqualTo("polite");
        assertThat(banner.getLocation().getY())
                .as("above the toolbar")
                .isLessThan(page.searchBox().getLocation().getY());
        assertThat(browser.script("return document.activeElement === document.body;"))
                .as("the banner takes no focus")
                .isEqualTo(Boolean.TRUE);

        WebElement soon = page.row("deploy-token").findElement(By.className("wbc-expiry"));
        assertThat(soon.getDomAttribute("class")).contains("wbc-expiry-soon");
        assertThat(soon.getText()).startsWith("⚠ Expires in 5 days");
        assertThat(soon.getDomAttribute("title")).isEqualTo("the token’s own expiry (JWT exp)");
        WebElement far = page.row("far-token").findElement(By.className("wbc-expiry"));
        assertThat(far.getDomAttribute("class")).contains("wbc-expiry-later");
        assertThat(far.getText()).startsWith("Expires in ").doesNotContain("⚠");
        assertThat(page.cell("plain-token", "wbc-col-expiry"))
                .as("a token that is no JWT carries no date")
                .isEqualTo("—");
        browser.screenshot("expiry-banner");
    }

    @Test
    void anExecKubeconfigIsUnknownWithItsReasonNeverFine() {
        WebElement expiry = page.row("eks-kube").findElement(By.className("wbc-expiry"));
        assertThat(expiry.getDomAttribute("class")).contains("wbc-expiry-unknown");
        assertThat(expiry.getText()).isEqualTo("Unknown — exec plugin");
        assertThat(expiry.getDomAttribute("title")).isEqualTo("The date of user eks-user cannot be read (exec plugin)");
        browser.screenshot("expiry-unknown-exec");
    }

    @Test
    void theBannersButtonListsOnlyTheExpiringAndBack() {
        assertThat(page.rowIds()).hasSize(4);
        WebElement show = page.banner().findElement(By.className("wbc-banner-action"));
        assertThat(show.getText()).isEqualTo("Show only these");
        show.click();

        assertThat(page.waitForRows(ids -> ids.size() == 1, "of the expiring")).containsExactly("deploy-token");
        assertThat(page.expiringFilter().getFirstSelectedOption().getText())
                .isEqualTo("Expired or expiring within 14 days");
        assertThat(browser.driver().getCurrentUrl())
                .as("the address keeps the filter (and not the access token, which the page took from it)")
                .endsWith("/?expiring=true");
        WebElement showAll = page.banner().findElement(By.className("wbc-banner-action"));
        assertThat(showAll.getText()).isEqualTo("Show all credentials");
        assertThat(browser.driver().switchTo().activeElement())
                .as("the focus stays on the banner's button")
                .isEqualTo(showAll);
        browser.screenshot("expiry-banner-filtered");

        showAll.click();
        page.waitForRows(ids -> ids.size() == 4, "all again");
        assertThat(page.expiringFilter().getFirstSelectedOption().getDomAttribute("value"))
                .isEmpty();
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("expiring");
    }

    @Test
    void anAddressWithExpiringTrueOpensTheListFiltered() {
        page.open(server.baseUrl() + "?expiring=true#token=" + server.token());
        assertThat(page.rowIds()).containsExactly("deploy-token");
        Select filter = page.expiringFilter();
        assertThat(filter.getFirstSelectedOption().getDomAttribute("value")).isEqualTo("true");
        browser.screenshot("expiry-address-filtered");

        filter.selectByValue("");
        page.waitForRows(ids -> ids.size() == 4, "all, once the filter is off");
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("expiring");
    }

    @Test
    void noBannerUntilACredentialExpiresSoonAndNoneOnceItIsDeleted() throws Exception {
        try (PreviewServer quiet = PreviewServer.start(null)) {
            quiet.cliOk(
                    Fixtures.jwtExpiringIn(Duration.ofDays(200)),
                    "create",
                    "--type",
                    "secret-text",
                    "--id",
                    "far-token");
            page.open(quiet.baseUrl() + "?expiring=true#token=" + quiet.token());
            assertThat(page.hasBanner()).as("nothing needs attention").isFalse();
            assertThat(page.bannerArea().getText()).isEmpty();
            WebElement empty = browser.driver().findElement(By.className("wbc-empty"));
            assertThat(empty.getDomAttribute("data-kind")).isEqualTo("no-match");
            assertThat(empty.getText()).contains("No credential has expired or expires within 14 days.");
            empty.findElement(By.tagName("button")).click();
            assertThat(page.waitForRows(ids -> ids.size() == 1, "all")).containsExactly("far-token");
            assertThat(page.expiringFilter().getFirstSelectedOption().getDomAttribute("value"))
                    .as("clearing the filters clears the expiry filter")
                    .isEmpty();

            page.openCreate();
            page.field("id").sendKeys("soon-token");
            new Select(page.field("type")).selectByValue("secret-text");
            page.field("token").sendKeys(SOON_TOKEN);
            page.submitButton().click();
            assertThat(page.notice()).isEqualTo("Credential soon-token created.");
            assertThat(page.banner().getText())
                    .as("the banner follows the change without a reload")
                    .contains("1 credential expires within 14 days.", "soon-token is the next to expire: in 3 days");
            page.assertHoldsNone(SOON_TOKEN);

            WebElement dialog = page.chooseFromMenu("soon-token", "delete");
            WebElement confirm = browser.waiter()
                    .until(ExpectedConditions.elementToBeClickable(
                            dialog.findElement(By.cssSelector(".wbc-dialog-actions .wbc-btn-danger"))));
            confirm.click();
            page.waitForNotice("Credential soon-token deleted.");
            browser.waiter().until(d -> !page.hasBanner());
            assertThat(page.rowIds()).containsExactly("far-token");
        }
    }

    @Test
    void theServersThresholdDecidesNotThePage() throws Exception {
        try (PreviewServer strict = PreviewServer.start(null, "--expiry-days", "3")) {
            strict.cliOk(
                    Fixtures.jwtExpiringIn(Duration.ofDays(5)), "create", "--type", "secret-text", "--id", "five-days");
            strict.cliOk(
                    Fixtures.jwtExpiringIn(Duration.ofDays(2)), "create", "--type", "secret-text", "--id", "two-days");
            page.open(strict.pageUrl());
            assertThat(page.banner().getText()).contains("1 credential expires within 3 days.", "two-days");
            assertThat(page.row("five-days")
                            .findElement(By.className("wbc-expiry"))
                            .getDomAttribute("class"))
                    .as("5 days away is beyond a threshold of 3 days")
                    .contains("wbc-expiry-later");
            assertThat(page.row("two-days")
                            .findElement(By.className("wbc-expiry"))
                            .getDomAttribute("class"))
                    .contains("wbc-expiry-soon");
            List<String> options = page.expiringFilter().getOptions().stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(options).containsExactly("Any expiry", "Expired or expiring within 3 days");
        }
    }
}
