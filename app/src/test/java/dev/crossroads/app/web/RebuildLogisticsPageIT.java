package dev.crossroads.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.core.pack.PackLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogType;

/** The job kind rebuild.logistics over the default pack, and its routes drawn on the rebuild page's map. */
class RebuildLogisticsPageIT {
    static final Path DEFAULT_PACK = Path.of("..", "packs", "caucasus-levant");

    @TempDir
    Path tmp;

    @Test
    void aMonthsTruckRoutesRunAsAJobAndAreDrawnOnTheMap() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(DEFAULT_PACK), "no default pack at " + DEFAULT_PACK.toAbsolutePath());
        try (Browser browser = new Browser("--window-size=1400,1200");
             TestServer server = TestServer.sqlite(DEFAULT_PACK, tmp, JobKinds.forPack(PackLoader.load(DEFAULT_PACK), DEFAULT_PACK))) {
            ApiContract.assertError(server.post("/api/jobs/rebuild.logistics", "{}"), 400, "'period' is required");
            ApiContract.assertError(server.post("/api/jobs/rebuild.logistics", "{\"period\": \"June\"}"), 400, "not a month");

            JsonNode job = TestServer.json(server.post("/api/jobs/rebuild.logistics", "{\"period\": \"2025-06\"}"));
            JsonNode done = server.awaitJob(job.path("id").asText());
            assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("done");
            JsonNode summary = done.path("result").path("summary");
            JsonNode geo = done.path("result").path("geojson");
            assertThat(summary.path("period").asText()).isEqualTo("2025-06");
            assertThat(geo.path("type").asText()).isEqualTo("FeatureCollection");
            List<String> types = new ArrayList<>(geo.path("features").findValuesAsText("type"));
            int routes = (int) geo.path("features").findValues("properties").stream()
                    .filter(p -> p.path("type").asText().equals("route")).count();
            assertThat(routes).as("one LineString per truck trip").isEqualTo(summary.path("routes").asInt()).isPositive();
            assertThat(types).contains("Feature");

            browser.open(server.base() + "/rebuild.html", "#map[data-ready='true']");
            browser.driver.findElement(By.id("logistics")).click();
            browser.waiting().until(d -> "true".equals(d.findElement(By.id("map")).getAttribute("data-routes"))
                    || !d.findElements(By.cssSelector(".error")).isEmpty());
            assertThat(browser.driver.findElements(By.cssSelector(".error"))).isEmpty();
            // the page ran its own job (a time-limited solve may differ from the one above): it draws every trip it reports
            String note = browser.driver.findElement(By.id("logistics-note")).getText();
            assertThat(note).matches("2025-06: \\d+ truck trips over .*");
            int drawn = Integer.parseInt(note.substring("2025-06: ".length(), note.indexOf(" truck trips")));
            assertThat(drawn).isPositive();
            assertThat(browser.driver.findElements(By.cssSelector("#map path.route"))).hasSize(drawn);
            assertThat(browser.driver.findElements(By.cssSelector("#map path.closed"))).as("closed road segments, dashed").isNotEmpty();
            browser.screenshot("rebuild-logistics");
            var errors = browser.driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                    .map(e -> e.getMessage()).toList();
            assertThat(errors).as("browser console errors").isEmpty();
        }
    }
}
