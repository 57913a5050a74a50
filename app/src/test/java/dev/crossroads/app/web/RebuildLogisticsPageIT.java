package dev.crossroads.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.core.pack.PackLoader;
import dev.crossroads.core.testing.Requirements;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The job kind rebuild.logistics over the default pack, and its routes drawn on the rebuild page's map. */
class RebuildLogisticsPageIT {
    static final Path DEFAULT_PACK = Path.of("..", "packs", "caucasus-levant");
    /** A month's routing is 26 working days of time-limited solves: allow for a loaded machine. */
    static final java.time.Duration SLOW = java.time.Duration.ofSeconds(120);

    @TempDir
    Path tmp;

    @Test
    void aMonthsTruckRoutesRunAsAJobAndAreDrawnOnTheMap() throws Exception {
        Requirements.defaultPack(DEFAULT_PACK);
        try (Browser browser = new Browser("--window-size=1400,1200");
                TestServer server = TestServer.sqlite(
                        DEFAULT_PACK, tmp, JobKinds.forPack(PackLoader.load(DEFAULT_PACK), DEFAULT_PACK))) {
            ApiContract.assertError(server.post("/api/jobs/rebuild.logistics", "{}"), 400, "'period' is required");
            ApiContract.assertError(
                    server.post("/api/jobs/rebuild.logistics", "{\"period\": \"June\"}"), 400, "not a month");

            HttpResponse<String> submitted = server.post("/api/jobs/rebuild.logistics", "{\"period\": \"2026-06\"}");
            assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
            JsonNode job = TestServer.json(submitted);
            JsonNode done = server.awaitJob(job.path("id").asText(), SLOW);
            assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("done");
            JsonNode summary = done.path("result").path("summary");
            JsonNode geo = done.path("result").path("geojson");
            assertThat(summary.path("period").asText()).isEqualTo("2026-06");
            assertThat(geo.path("type").asText()).isEqualTo("FeatureCollection");
            List<String> types = new ArrayList<>(geo.path("features").findValuesAsText("type"));
            int routes = (int) geo.path("features").findValues("properties").stream()
                    .filter(p -> p.path("type").asText().equals("route"))
                    .count();
            assertThat(routes)
                    .as("one LineString per truck trip")
                    .isEqualTo(summary.path("routes").asInt())
                    .isPositive();
            assertThat(types).contains("Feature");

            browser.open(server.base() + "/rebuild.html", "#map[data-ready='true']");
            browser.driver.findElement(By.id("logistics")).click();
            var patient = new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, SLOW);
            patient.until(d -> "true".equals(d.findElement(By.id("map")).getAttribute("data-routes"))
                    || !d.findElements(By.cssSelector(".error")).isEmpty());
            assertThat(browser.driver.findElements(By.cssSelector(".error"))).isEmpty();
            // the page ran its own job (a time-limited solve may differ from the one above): it draws every trip it
            // reports
            WebElement noteEl = browser.driver.findElement(By.id("logistics-note"));
            // the page keeps its month inside the illustrative programme (from January after the pack's date)
            assertThat(noteEl.getAttribute("data-period"))
                    .matches("20\\d\\d-\\d\\d")
                    .isGreaterThanOrEqualTo("2026-01");
            assertThat(noteEl.getText())
                    .matches("[A-Z][a-z]{2} 20\\d\\d: [0-9,]+ of [0-9,]+ t delivered in \\d+ truck trips over .*");
            int drawn = Integer.parseInt(noteEl.getAttribute("data-trips"));
            assertThat(drawn).isPositive();
            assertThat(browser.driver.findElements(By.cssSelector("#map path.route")))
                    .hasSize(drawn);
            assertThat(browser.driver.findElements(By.cssSelector("#map path.closed")))
                    .as("closed road segments, dashed")
                    .isNotEmpty();
            browser.screenshot("rebuild-logistics");

            // with a finished programme job (solved from the page): its packages under way that month, over the
            // roads it has repaired by then
            ApiContract.assertError(
                    server.post(
                            "/api/jobs/rebuild.logistics",
                            "{\"period\": \"2026-06\", \"plan\": \""
                                    + job.path("id").asText() + "\"}"),
                    400,
                    "not a rebuild.plan job");
            browser.open(server.base() + "/rebuild.html", "#map[data-ready='true']");
            browser.driver.findElement(By.id("limit")).clear();
            browser.driver
                    .findElement(By.id("limit"))
                    .sendKeys("20"); // the default pack's first feasible plan takes ~5 s
            browser.driver.findElement(By.id("plan")).click();
            patient.until(d -> d.findElement(By.id("use-plan")).isSelected()
                    || !d.findElements(By.cssSelector(".error")).isEmpty());
            assertThat(browser.driver.findElements(By.cssSelector(".error"))).isEmpty();
            JsonNode planJob = null;
            for (JsonNode j : TestServer.json(server.get("/api/jobs")).path("jobs")) {
                if (j.path("kind").asText().equals("rebuild.plan")
                        && j.path("status").asText().equals("done")) {
                    planJob = TestServer.json(
                            server.get("/api/jobs/" + j.path("id").asText()));
                }
            }
            assertThat(planJob).as("the page's programme job").isNotNull();
            String planId = planJob.path("id").asText();
            int startYear = planJob.path("result").path("startYear").asInt();
            // the page moves the month into the programme, to the month with the most packages under way
            String period = browser.driver.findElement(By.id("period")).getAttribute("value");
            int index = (Integer.parseInt(period.substring(0, 4)) - startYear) * 12
                    + Integer.parseInt(period.substring(5))
                    - 1;
            long underWay = 0;
            for (JsonNode k : planJob.path("result").path("packages")) {
                if (k.path("selected").asBoolean()
                        && k.path("startMonth").asInt() <= index
                        && index < k.path("endMonth").asInt()) {
                    underWay++;
                }
            }
            assertThat(underWay).as("packages under way in %s", period).isPositive();

            ApiContract.assertError(
                    server.post(
                            "/api/jobs/rebuild.logistics",
                            "{\"period\": \"" + (startYear - 1) + "-06\", \"plan\": \"" + planId + "\"}"),
                    400,
                    "choose a period inside it");
            JsonNode withPlan = server.awaitJob(
                    TestServer.json(server.post(
                                    "/api/jobs/rebuild.logistics",
                                    "{\"period\": \"" + period + "\", \"plan\": \"" + planId + "\"}"))
                            .path("id")
                            .asText(),
                    SLOW);
            assertThat(withPlan.path("status").asText()).as(withPlan.toString()).isEqualTo("done");
            assertThat(withPlan.path("result").path("summary").path("programme").asText())
                    .isEqualTo(planId);
            assertThat(withPlan.path("result").path("summary").path("schedule").asText())
                    .contains("programme job " + planId);
            List<String> closedRepairedBy =
                    withPlan.path("result").path("geojson").path("features").findValues("properties").stream()
                            .filter(p -> p.path("type").asText().equals("closed-segment"))
                            .map(p -> p.path("repairedBy").asText())
                            .toList();
            assertThat(closedRepairedBy)
                    .as("closed segments name the package that repairs them")
                    .isNotEmpty()
                    .anySatisfy(r -> assertThat(r).contains("/"));

            browser.driver.findElement(By.id("logistics")).click();
            patient.until(
                    d -> "shown".equals(d.findElement(By.id("logistics-note")).getAttribute("data-programme"))
                            || !d.findElements(By.cssSelector(".error")).isEmpty());
            assertThat(browser.driver.findElements(By.cssSelector(".error"))).isEmpty();
            assertThat(browser.driver.findElement(By.id("logistics-note")).getAttribute("data-period"))
                    .isEqualTo(period);
            assertThat(browser.driver.findElement(By.id("logistics-note")).getText())
                    .contains("programme shown");
            assertThat(withPlan.path("result")
                            .path("summary")
                            .path("tonnesDemanded")
                            .asDouble())
                    .as("materials for the work under way")
                    .isPositive();
            browser.screenshot("rebuild-logistics-programme");
            assertThat(browser.consoleErrors()).as("browser console errors").isEmpty();
        }
    }
}
