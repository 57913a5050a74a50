package dev.crossroads.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The Brief page in a real headless Chromium over the default pack. */
class BriefPageIT extends PageTest {
    @BeforeEach
    void start() throws Exception {
        startOnDefaultPack("--window-size=1400,1500");
    }

    @Test
    void showsTheThreePillarsAndTheFullBrief() throws Exception {
        browser.open(server.base() + "/brief.html", "#cards[data-ready='true']");
        List<String> pillars = browser.driver.findElements(By.cssSelector("#cards section[data-pillar]")).stream()
                .map(e -> e.getAttribute("data-pillar"))
                .toList();
        assertThat(pillars).containsExactly("energy", "relations", "rebuild");
        assertThat(browser.driver
                        .findElement(By.cssSelector("section[data-pillar='energy']"))
                        .getText())
                .contains("Syria");
        assertThat(browser.driver
                        .findElement(By.cssSelector("section[data-pillar='relations']"))
                        .getText())
                .contains("Mediator for Syria–Israel");
        assertThat(browser.driver
                        .findElement(By.cssSelector("section[data-pillar='rebuild']"))
                        .getText())
                .contains("$216 bn");
        assertThat(browser.driver.findElement(By.id("download")).getAttribute("href"))
                .contains("/api/brief.html?")
                .contains("cut=kilis-aleppo")
                .contains("download=1");

        WebElement frame = browser.driver.findElement(By.id("brief-frame"));
        browser.waiting().until(d -> frame.getAttribute("src").contains("/api/brief.html"));
        browser.driver.switchTo().frame(frame);
        browser.waiting().until(d -> !d.findElements(By.id("notes")).isEmpty());
        assertThat(browser.driver.findElements(By.cssSelector("section.pillar h2")).stream()
                        .map(WebElement::getText)
                        .toList())
                .containsExactly("Energy", "Relations", "Rebuild");
        browser.driver.switchTo().defaultContent();
        browser.screenshot("brief-page");
        assertThat(browser.driver.findElements(By.cssSelector(".error"))).isEmpty();
        assertThat(browser.consoleErrors())
                .as("browser console errors (a CSP violation shows here)")
                .isEmpty();
    }
}
