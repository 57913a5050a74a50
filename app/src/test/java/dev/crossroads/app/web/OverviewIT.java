package dev.crossroads.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.core.pack.TestPacks;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The pages in a real headless Chromium, served by a real server over the minimal pack. */
class OverviewIT extends PageTest {
    @BeforeEach
    void start() throws Exception {
        start(TestPacks.minimal(), List.of());
    }

    private String figure(String label) {
        return browser.driver
                .findElement(By.cssSelector("dd[data-figure='" + label + "']"))
                .getText();
    }

    @Test
    void overviewShowsTheMapWithOutlinesAndPipelinesAndTheHeadlineNumbers() throws Exception {
        browser.open(server.base() + "/", "#map[data-ready='true']");
        browser.screenshot("overview");
        List<WebElement> countries = browser.driver.findElements(By.cssSelector("#map path.country"));
        assertThat(countries).as("country outlines").hasSizeGreaterThan(10);
        // the minimal pack's three arcs all touch hub-b, which has no coordinates: drawn at its country's capital
        assertThat(browser.driver.findElements(By.cssSelector("#map path.pipeline")))
                .hasSize(3);
        assertThat(browser.driver.findElements(By.cssSelector("#map path.swap")))
                .hasSize(1);
        assertThat(browser.driver.findElements(By.cssSelector("#map path.governorate")))
                .hasSize(2);
        assertThat(browser.driver.findElements(By.cssSelector("#map path.road")))
                .hasSize(3);
        assertThat(browser.driver.findElement(By.id("map-note")).getText())
                .contains("3 pipeline arcs")
                .contains("drawn at their country\u2019s capital");

        assertThat(figure("Pipeline arcs")).startsWith("3 operating of 3");
        assertThat(figure("Arc capacity")).startsWith("2.0–16.0 bcm/y"); // one number format: bcm with one decimal
        assertThat(figure("Reported deliveries 2025")).startsWith("10.1 bcm"); // 9.6 + 0.5
        assertThat(figure("Governorates")).startsWith("2");
        assertThat(figure("Population")).startsWith("5,895,000"); // 4,868,000 + 1,027,000
        assertThat(figure("Reconstruction estimate 2025")).startsWith("$216 bn (140–345)");
        assertThat(figure("Sources")).startsWith("2");

        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#sources tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).getAttribute("textContent"))
                .as("folded, but in the page")
                .contains("An article, with a comma");
        assertThat(browser.driver.findElement(By.id("pack-name")).getText())
                .isEqualTo("Minimal test pack · as of 31 Dec 2025");
        assertThat(browser.driver.findElements(By.cssSelector(".error"))).isEmpty();
        assertNoConsoleErrors();
    }

    @Test
    void apiPageListsTheOperations() throws Exception {
        browser.open(server.base() + "/api-docs.html", ".opblock");
        browser.waiting().until(d -> d.findElements(By.cssSelector(".opblock")).size() >= 8);
        String text = browser.driver.findElement(By.id("swagger-ui")).getText();
        assertThat(text)
                .contains("/api/pack/{section}")
                .contains("/api/jobs/kinds/{kind}")
                .contains("Crossroads API");
        browser.screenshot("api-docs");
        assertNoConsoleErrors();
    }

    private void assertNoConsoleErrors() {
        assertThat(browser.consoleErrors())
                .as("browser console errors (a CSP violation shows here)")
                .isEmpty();
    }
}
