package dev.crossroads.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The relations page in a real headless Chromium over the default pack. */
class RelationsPageIT extends PageTest {
    @BeforeEach
    void start() throws Exception {
        startOnDefaultPack("--window-size=1400,1700");
    }

    @Test
    void syriaIsraelInAugust2025HasAzerbaijanFirstWithEvidence() throws Exception {
        browser.open(server.base() + "/relations.html", "#graph[data-ready='true']");
        assertThat(browser.driver.findElements(By.cssSelector("#graph line")).size())
                .as("ties drawn")
                .isGreaterThan(10);
        // move the date to 2025-08-01 (the slider and the date field are kept together)
        ((JavascriptExecutor) browser.driver)
                .executeScript(
                        "const a = document.getElementById('at'); a.value = '2025-08-01'; a.dispatchEvent(new Event('change'));");
        browser.waiting()
                .until(d -> d.findElement(By.id("graph-note")).getText().contains("1 Aug 2025"));
        new Select(browser.driver.findElement(By.id("a"))).selectByValue("SYR");
        new Select(browser.driver.findElement(By.id("b"))).selectByValue("ISR");
        browser.driver.findElement(By.id("show")).click();
        browser.waiting()
                .until(d -> d.findElement(By.id("med-title")).getText().contains("Syria–Israel at 1 Aug 2025")
                        && "true".equals(d.findElement(By.id("mediators")).getAttribute("data-ready")));
        WebElement first = browser.driver.findElement(By.cssSelector("#mediators tbody tr[data-state]"));
        assertThat(first.getAttribute("data-state")).isEqualTo("AZE");
        assertThat(first.getText()).contains("Azerbaijan");
        String evidence = browser.driver
                .findElement(By.cssSelector("#mediators tr[data-detail='AZE']"))
                .getText();
        assertThat(evidence).contains("reach").contains("SOCAR");
        browser.waiting()
                .until(d -> "true".equals(d.findElement(By.id("timeline")).getAttribute("data-ready")));
        assertThat(browser.driver
                        .findElement(By.cssSelector("#timeline path.curve"))
                        .getAttribute("d"))
                .startsWith("M");
        assertThat(browser.driver.findElements(By.cssSelector("#events tbody tr[data-event]")))
                .isNotEmpty();
        assertThat(browser.driver.findElement(By.id("slider")).getAttribute("value"))
                .isNotEqualTo(browser.driver.findElement(By.id("slider")).getAttribute("max"));
        browser.screenshot("relations-syr-isr");
        assertThat(browser.driver.findElements(By.cssSelector(".error"))).isEmpty();
        assertThat(browser.consoleErrors())
                .as("browser console errors (a CSP violation shows here)")
                .isEmpty();
    }
}
