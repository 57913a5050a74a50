package dev.crossroads.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.app.cli.CrossroadsCommand;
import dev.crossroads.core.testing.Requirements;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PrintOptions;

/** The Brief file of the default pack opened from file:// in Chromium with the network blocked, and printed. */
class BriefFileIT {
    static final Path DEFAULT_PACK = Path.of("..", "packs", "caucasus-levant");

    @Test
    void rendersOfflineWithTheThreePillarsAndPrints() throws Exception {
        Requirements.defaultPack(DEFAULT_PACK);
        Path out = Path.of("target", "brief", "brief.html").toAbsolutePath();
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = CrossroadsCommand.run(
                new String[] {"brief", "--pack", DEFAULT_PACK.toString(), "--out", out.toString()},
                new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        assertThat(code).as(e.toString(StandardCharsets.UTF_8)).isZero();

        // every request but file:// goes to a proxy that does not exist
        try (Browser b = new Browser(
                "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>", "--window-size=1100,1600")) {
            b.open(out.toUri().toString(), "#notes");
            List<String> pillars = b.driver.findElements(By.cssSelector("section.pillar h2")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(pillars).containsExactly("Energy", "Relations", "Rebuild");
            List<String> chain = b.driver.findElements(By.cssSelector("#chain ol.chain li")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(chain)
                    .anyMatch(l -> l.startsWith("gas lost by Syria: 0.48 bcm/y"))
                    .anyMatch(l -> l.startsWith("electricity lost in Aleppo"));
            assertThat(b.driver
                            .findElement(By.cssSelector("#energy tr[data-market='syria']"))
                            .getAttribute("class"))
                    .contains("hit");
            assertThat(b.driver.findElement(By.cssSelector("#relations tr[data-state='AZE']")))
                    .isNotNull();
            assertThat(b.driver.findElements(By.cssSelector("svg.chart")).size())
                    .isGreaterThanOrEqualTo(4);
            assertThat(b.driver.findElement(By.id("rebuild")).getText()).contains("$216.0 bn");
            Object resources = ((JavascriptExecutor) b.driver)
                    .executeScript("return performance.getEntriesByType('resource').map(r => r.name)");
            assertThat((List<?>) resources)
                    .as("nothing loaded besides the file")
                    .isEmpty();
            Object width = ((JavascriptExecutor) b.driver)
                    .executeScript("return document.querySelector('#energy svg.chart').getBoundingClientRect().width");
            assertThat(((Number) width).doubleValue()).as("the chart is drawn").isGreaterThan(100);
            b.screenshot("brief-file");
            String pdf = ((PrintsPage) b.driver).print(new PrintOptions()).getContent();
            byte[] bytes = Base64.getDecoder().decode(pdf);
            assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            Files.write(Path.of("target", "brief", "brief.pdf"), bytes);
        }
    }
}
