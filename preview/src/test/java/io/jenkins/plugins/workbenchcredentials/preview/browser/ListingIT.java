package io.jenkins.plugins.workbenchcredentials.preview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The list over 25 credentials made with the CLI: newest first, pages, sorting, search, type filter, empty states. */
class ListingIT extends BrowserTest {
    private final List<String> created = new ArrayList<>();

    @Override
    void prepare() {
        for (int i = 1; i <= 22; i++) {
            String id = "batch-%02d".formatted(i);
            server.cliOk(
                    "batch-secret-" + i + "\n",
                    "create",
                    "--type",
                    "secret-text",
                    "--id",
                    id,
                    "--description",
                    "Batch token %02d".formatted(i));
            created.add(id);
        }
        server.cliOk(
                "alpha-secret-1\n",
                "create",
                "--type",
                "secret-text",
                "--id",
                "alpha-one",
                "--description",
                "Alpha service");
        server.cliOk(
                "alpha-password-2\n",
                "create",
                "--type",
                "username-password",
                "--id",
                "alpha-two",
                "--username",
                "alpha",
                "--description",
                "Alpha registry");
        server.cliOk(
                Fixtures.kubeconfig("omega-dev-token-3", java.time.Instant.parse("2030-01-01T00:00:00Z")),
                "create",
                "--type",
                "kubeconfig",
                "--id",
                "omega-kube",
                "--description",
                "Omega cluster");
        created.addAll(List.of("alpha-one", "alpha-two", "omega-kube"));
    }

    @Test
    void newestFirstInPagesOfTheChosenSize() {
        List<String> newestFirst = new ArrayList<>(created);
        java.util.Collections.reverse(newestFirst);
        assertThat(page.rowIds()).isEqualTo(newestFirst.subList(0, 20));
        assertThat(page.ariaSort("created")).isEqualTo("descending");
        assertThat(page.rangeText()).isEqualTo("1–20 of 25 credentials");
        browser.screenshot("list-page-1");

        page.nextButton().click();
        assertThat(page.waitForRows(ids -> ids.size() == 5, "of page 2")).isEqualTo(newestFirst.subList(20, 25));
        assertThat(page.rangeText()).isEqualTo("21–25 of 25 credentials");
        assertThat(page.nextButton().isEnabled()).isFalse();
        page.previousButton().click();
        page.waitForRows(ids -> ids.size() == 20, "of page 1 again");
        assertThat(page.previousButton().isEnabled()).isFalse();

        page.pageSize().selectByValue("10");
        page.waitForRows(ids -> ids.size() == 10, "of 10 per page");
        assertThat(browser.driver().findElement(By.className("wbc-page-number")).getText())
                .isEqualTo("Page 1 of 3");
    }

    @Test
    void columnHeadersSortBothWays() {
        List<String> ascending = created.stream().sorted().toList();
        page.sortButton("id").click();
        assertThat(page.waitForRows(ids -> ids.get(0).equals(ascending.get(0)), "sorted by ID"))
                .isEqualTo(ascending.subList(0, 20));
        assertThat(page.ariaSort("id")).isEqualTo("ascending");
        assertThat(page.ariaSort("created")).as("one sorted column at a time").isNull();

        page.sortButton("id").click();
        List<String> descending =
                created.stream().sorted(Comparator.reverseOrder()).toList();
        assertThat(page.waitForRows(ids -> ids.get(0).equals(descending.get(0)), "sorted by ID, Z to A"))
                .isEqualTo(descending.subList(0, 20));
        assertThat(page.ariaSort("id")).isEqualTo("descending");
        browser.screenshot("list-sorted-by-id");

        // Types sort in the server's order of the type list: username-password, secret-text, kubeconfig.
        page.sortButton("type").click();
        List<String> byType = page.waitForRows(ids -> ids.get(0).equals("alpha-two"), "sorted by type");
        assertThat(byType).doesNotContain("omega-kube");
        assertThat(page.ariaSort("type")).isEqualTo("ascending");
        page.sortButton("type").click();
        page.waitForRows(ids -> ids.get(0).equals("omega-kube"), "sorted by type, descending");
        assertThat(page.ariaSort("type")).isEqualTo("descending");
    }

    @Test
    void searchMatchesIdAndDescriptionAndTheTypeFilterNarrows() {
        page.searchBox().sendKeys("alpha");
        assertThat(page.waitForRows(ids -> ids.size() == 2, "matching alpha"))
                .containsExactly("alpha-two", "alpha-one");

        page.searchBox().clear();
        page.searchBox().sendKeys("token 07");
        assertThat(page.waitForRows(ids -> ids.size() == 1, "matching the description"))
                .containsExactly("batch-07");

        page.searchBox().clear();
        page.searchBox().sendKeys("a");
        page.typeFilter().selectByValue("kubeconfig");
        assertThat(page.waitForRows(ids -> ids.size() == 1, "of type kubeconfig"))
                .containsExactly("omega-kube");
        assertThat(page.cell("omega-kube", "wbc-col-cluster")).contains("dev-cluster / dev");
        browser.screenshot("list-filtered");
    }

    @Test
    void aSearchWithoutResultSaysSoAndCanBeCleared() {
        page.searchBox().sendKeys("no-such-credential");
        page.waitForRows(List::isEmpty, "none");
        WebElement empty = browser.driver().findElement(By.className("wbc-empty"));
        browser.waiter().until(d -> empty.isDisplayed());
        assertThat(empty.getDomAttribute("data-kind")).isEqualTo("no-match");
        assertThat(empty.getText()).contains("No credential matches “no-such-credential”.");
        browser.screenshot("list-no-match");

        empty.findElement(By.tagName("button")).click();
        page.waitForRows(ids -> ids.size() == 20, "all again");
        assertThat(page.searchBox().getDomProperty("value")).isEmpty();
    }

    @Test
    void aStoreWithoutCredentialsShowsHowToStart() throws Exception {
        try (PreviewServer empty = PreviewServer.start(null)) {
            page.open(empty.pageUrl());
            WebElement state = browser.driver().findElement(By.className("wbc-empty"));
            assertThat(state.getDomAttribute("data-kind")).isEqualTo("empty");
            assertThat(state.getText()).contains("No credentials yet", "Create credential");
            assertThat(browser.driver().findElement(By.className("wbc-table")).isDisplayed())
                    .isFalse();
            browser.screenshot("list-empty");
            state.findElement(By.tagName("button")).click();
            assertThat(page.dialog().getText()).contains("Create credential");
        }
    }
}
