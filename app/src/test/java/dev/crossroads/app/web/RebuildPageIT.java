package dev.crossroads.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.core.pack.PackLoader;
import dev.crossroads.core.pack.TestPacks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The rebuild page in a real headless Chromium over the minimal pack: needs, then a programme job and its Gantt. */
class RebuildPageIT extends PageTest {
    @BeforeEach
    void start() throws Exception {
        start(TestPacks.minimal(), JobKinds.forPack(PackLoader.load(TestPacks.minimal())));
    }

    @Test
    void needsThenAProgrammeWithItsGantt() throws Exception {
        browser.open(server.base() + "/rebuild.html", "#map[data-ready='true']");
        assertThat(browser.driver.findElements(By.cssSelector("#map path.need")))
                .hasSize(2);
        assertThat(browser.driver
                        .findElement(By.cssSelector("dd[data-figure='Total need (central)']"))
                        .getText())
                .startsWith("$");
        browser.waiting()
                .until(d -> !d.findElements(By.cssSelector("#sectors[data-ready='true'] canvas"))
                        .isEmpty());

        WebElement limit = browser.driver.findElement(By.id("limit"));
        limit.clear();
        limit.sendKeys("2");
        browser.driver.findElement(By.id("plan")).click();
        browser.waiting()
                .until(d -> !d.findElements(By.cssSelector("#gantt[data-ready='true']"))
                        .isEmpty());
        int tasks =
                browser.driver.findElements(By.cssSelector("#gantt rect.task")).size();
        String packages = browser.driver
                .findElement(By.cssSelector("dd[data-figure='Packages']"))
                .getText();
        assertThat(tasks).as("one bar per selected package").isPositive();
        assertThat(packages).startsWith(tasks + " of ");
        assertThat(browser.driver.findElement(By.id("plan-status")).getText()).contains("limit 2 s");
        assertThat(browser.driver.findElements(By.cssSelector("#service canvas")))
                .isNotEmpty();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("document.getElementById('service').scrollIntoView()");
        browser.screenshot("rebuild-programme");
        assertThat(browser.driver.findElements(By.cssSelector(".error"))).isEmpty();
        assertThat(browser.consoleErrors())
                .as("browser console errors (a CSP violation shows here)")
                .isEmpty();
    }
}
