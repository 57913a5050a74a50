package dev.crossroads.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The energy page in a real headless Chromium over the default pack (packs/caucasus-levant). */
class EnergyPageIT extends PageTest {
    @BeforeEach
    void start() throws Exception {
        startOnDefaultPack();
    }

    @Test
    void cuttingKilisAleppoTakesSyriasDeliveryAway() throws Exception {
        browser.open(server.base() + "/energy.html", "#map[data-ready='true']");
        browser.waiting()
                .until(d -> !d.findElements(By.cssSelector("#sankey[data-ready='true']"))
                        .isEmpty());
        assertThat(browser.driver.findElements(By.cssSelector("#map path.flow.on")))
                .as("flows drawn")
                .hasSizeGreaterThan(10);
        assertThat(browser.driver.findElement(By.id("sankey")).findElements(By.tagName("canvas")))
                .isNotEmpty();
        // the latest year with reported deliveries is chosen, so Syria (supplied via Kilis from August 2025) has gas
        assertThat(browser.driver.findElement(By.id("year")).getAttribute("value"))
                .isEqualTo("2025");
        assertThat(browser.driver
                        .findElement(By.cssSelector("dd[data-figure='Markets']"))
                        .getText())
                .matches("(?s)[0-9,]+.*");

        browser.driver
                .findElement(By.cssSelector("#arcs input[value='kilis-aleppo']"))
                .click();
        browser.driver.findElement(By.id("apply")).click();
        browser.waiting()
                .until(d -> !d.findElements(By.cssSelector("#impact[data-ready='true']"))
                        .isEmpty());
        WebElement syria = browser.driver.findElement(By.cssSelector("#impact tr[data-market='syria']"));
        List<WebElement> cells = syria.findElements(By.tagName("td"));
        assertThat(syria.findElement(By.tagName("th")).getText()).isEqualTo("Syria");
        double base = Double.parseDouble(cells.get(1).getText());
        assertThat(base).as("Syria's base delivery").isGreaterThan(0);
        assertThat(syria.findElement(By.cssSelector("td[data-col='disrupted']")).getText())
                .isEqualTo("0.00");
        assertThat(Double.parseDouble(syria.findElement(By.cssSelector("td[data-col='change']"))
                        .getAttribute("data-csv")))
                .isEqualTo(-base);
        assertThat(syria.findElement(By.cssSelector("td[data-col='change']")).getText())
                .isEqualTo("\u2212" + cells.get(1).getText());
        assertThat(syria.getAttribute("class")).contains("hit");
        assertThat(browser.driver.findElement(By.id("impact-explain")).getText())
                .contains("Syria loses");
        assertThat(browser.driver
                        .findElement(By.cssSelector("#arcs input[value='kilis-aleppo']"))
                        .findElement(By.xpath(".."))
                        .getText())
                .contains("Kilis")
                .contains("bcm");
        assertThat(browser.driver.getCurrentUrl())
                .as("the scenario is in the URL")
                .contains("cut=kilis-aleppo")
                .contains("year=2025");
        assertThat(browser.driver.findElements(By.cssSelector("#map path.flow.cut")))
                .hasSize(1);
        browser.screenshot("energy-cut-kilis-aleppo");

        browser.driver.findElement(By.id("n1")).click();
        browser.waiting()
                .until(d -> !d.findElements(By.cssSelector("#n1-table[data-ready='true']"))
                        .isEmpty());
        assertThat(browser.driver.findElements(By.cssSelector("#n1-table tbody tr")))
                .hasSize(15);
        assertThat(browser.driver.findElements(By.cssSelector("#n1-job progress")))
                .as("the progress bar goes when the job ends")
                .isEmpty();
        browser.screenshot("energy-n-1");
        assertThat(browser.driver.findElements(By.cssSelector(".error"))).isEmpty();
        assertThat(browser.consoleErrors())
                .as("browser console errors (a CSP violation shows here)")
                .isEmpty();
    }
}
