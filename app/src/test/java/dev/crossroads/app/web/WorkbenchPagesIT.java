package dev.crossroads.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Every page's main path on the default pack at a desktop (1440x900) and a phone (390x844) size: the page does not
 * scroll sideways, axe-core finds nothing serious or critical, the headline's figures equal the table's, and a
 * screenshot is saved for a reviewer (target/screenshots/&lt;page&gt;-&lt;width&gt;x&lt;height&gt;.png).
 */
class WorkbenchPagesIT extends PageTest {

    private void scrollTo(String id) {
        ((JavascriptExecutor) browser.driver)
                .executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    private void ready(String css) {
        browser.waiting().until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1440,900", "390,844"})
    void everyPageAtThisSize(int width, int height) throws Exception {
        startOnDefaultPack(width, height);
        String size = "-" + width + "x" + height;

        browser.open(server.base() + "/", "#map[data-ready='true']");
        assertThat(browser.driver.findElement(By.id("sources-fold")).getAttribute("open"))
                .as("sources folded")
                .isNull();
        assertUsable("overview" + size);
        browser.screenshot("overview" + size);

        // Energy with the scenario in the URL: the headline names each market that changes, with the table's figure
        browser.open(server.base() + "/energy.html?cut=kilis-aleppo", "#impact[data-ready='true']");
        Map<String, String> headline = browser.driver.findElements(By.cssSelector("#subtitle .changed")).stream()
                .collect(Collectors.toMap(e -> e.getAttribute("data-market"), e -> e.getAttribute("data-change")));
        assertThat(headline).containsEntry("syria", "-0.48");
        for (WebElement row : browser.driver.findElements(By.cssSelector("#impact tbody tr"))) {
            String market = row.getAttribute("data-market");
            double change = Double.parseDouble(
                    row.findElement(By.cssSelector("td[data-col='change']")).getAttribute("data-csv"));
            if (Math.abs(change) >= 0.005) {
                assertThat(headline).as("headline figure of " + market).containsKey(market);
                assertThat(Double.parseDouble(headline.get(market)))
                        .as(market)
                        .isCloseTo(change, org.assertj.core.data.Offset.offset(0.005));
            } else {
                assertThat(headline)
                        .as("a market without change is not in the headline")
                        .doesNotContainKey(market);
            }
        }
        assertThat(browser.driver.findElement(By.id("subtitle")).getText())
                .contains("Syria \u22120.48 bcm (all of it)");
        assertThat(browser.driver.findElement(By.id("alloc-title")).getText()).contains("scenario");
        assertUsable("energy" + size);
        browser.screenshot("energy" + size);
        scrollTo("scenario");
        browser.screenshot("energy-scenario" + size);

        browser.open(server.base() + "/relations.html?a=SYR&b=TUR&at=2025-06-01", "#timeline[data-ready='true']");
        assertThat(browser.driver.findElement(By.id("med-title")).getText())
                .isEqualTo("Mediators for Syria\u2013T\u00fcrkiye at 1 Jun 2025");
        assertThat(browser.driver.findElement(By.id("slider")).getAttribute("aria-valuetext"))
                .isEqualTo("1 Jun 2025");
        assertUsable("relations" + size);
        browser.screenshot("relations" + size);

        browser.open(server.base() + "/rebuild.html", "#map[data-ready='true']");
        ready("#sectors[data-ready='true']");
        String total = browser.driver
                .findElement(By.cssSelector("dd[data-figure='Total need (central)']"))
                .getText();
        assertThat(browser.driver.findElement(By.id("subtitle")).getText())
                .as("headline = card")
                .contains("Needs " + total.split("\n")[0]);
        assertUsable("rebuild" + size);
        browser.screenshot("rebuild" + size);

        browser.open(server.base() + "/brief.html", "#cards[data-ready='true']");
        assertThat(browser.driver.findElement(By.id("subtitle")).getText()).contains("Syria \u22120.48 bcm");
        assertThat(browser.driver
                        .findElement(By.cssSelector("dd[data-figure='Markets losing gas']"))
                        .getText())
                .isEqualTo("Syria \u22120.48 bcm");
        assertUsable("brief" + size);
        browser.screenshot("brief" + size);

        assertThat(browser.driver.findElements(By.cssSelector(".error"))).isEmpty();
        List<String> console = browser.consoleErrors();
        assertThat(console)
                .as("browser console errors (a CSP violation shows here)")
                .isEmpty();
    }
}
