package dev.crossroads.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.app.cli.CrossroadsCommand;
import dev.crossroads.app.service.Json;
import dev.crossroads.core.pack.PackSummary;
import dev.crossroads.core.pack.TestPacks;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTTP API over real HTTP, against a server started in the test. Subclasses choose the database (SQLite,
 * PostgreSQL); every test runs on each.
 */
abstract class ApiContract {
    SleepJob sleep;
    TestServer s;

    /** A fresh empty database URL for one test. */
    abstract String newDatabase() throws Exception;

    ServerConfig config() {
        return ServerConfig.local(0);
    }

    @BeforeEach
    void start() throws Exception {
        sleep = new SleepJob();
        List<dev.crossroads.app.web.jobs.JobKind> kinds = new ArrayList<>(List.of(sleep));
        kinds.addAll(JobKinds.forPack(dev.crossroads.core.pack.PackLoader.load(TestPacks.minimal())));
        s = new TestServer(TestPacks.minimal(), newDatabase(), config(), kinds);
    }

    @AfterEach
    void stop() {
        sleep.release.countDown();
        if (s != null) {
            s.close();
        }
    }

    static void assertError(HttpResponse<String> r, int status, String fragment) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode j = TestServer.json(r);
        assertThat(j.path("status").asInt()).isEqualTo(status);
        assertThat(j.path("error").asText()).contains(fragment);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(".java:");
    }

    static String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = CrossroadsCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void healthNamesThePackAndTheJobKinds() {
        HttpResponse<String> r = s.get("/api/health");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode j = TestServer.json(r);
        assertThat(j.path("status").asText()).isEqualTo("ok");
        assertThat(j.path("pack").asText()).isEqualTo("minimal");
        assertThat(j.path("jobKinds").get(0).asText()).isEqualTo("test.sleep");
        assertThat(r.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(
                        v -> assertThat(v).contains("script-src 'self'").doesNotContain("unsafe-inline"));
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void packIsTheSummaryTheCliComputes() throws Exception {
        JsonNode got = TestServer.json(s.get("/api/pack"));
        JsonNode expected = Json.MAPPER.readTree(Json.write(PackSummary.of(s.pack)));
        assertThat(got).isEqualTo(expected);
        assertThat(got.path("sources").asInt()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"countries", "actors", "relations", "events", "gas", "rebuild", "roads", "sources", "power"})
    void sectionIsWhatPackShowPrints(String section) throws Exception {
        HttpResponse<String> r = s.get("/api/pack/" + section);
        assertThat(r.statusCode()).isEqualTo(200);
        String printed =
                cli("pack", "show", "--pack", TestPacks.minimal().toString(), "--section", section, "--format", "json");
        assertThat(TestServer.json(r)).isEqualTo(Json.MAPPER.readTree(printed));
    }

    @Test
    void unknownSectionListsTheSections() {
        assertError(s.get("/api/pack/pipelines"), 404, "Sections: countries, actors");
    }

    @Test
    void unknownPathIsJson404() {
        assertError(s.get("/api/nothing-here"), 404, "/api/nothing-here");
        assertError(s.get("/no-such-page.html"), 404, "no-such-page.html");
    }

    @Test
    void noDirectoryListing() {
        for (String dir : List.of("/js/", "/css/", "/vendor/world-atlas/", "/webjars/leaflet/1.9.4/dist/")) {
            HttpResponse<String> r = s.get(dir);
            assertThat(r.statusCode()).as(dir).isEqualTo(404);
            assertThat(r.body()).as(dir).doesNotContain("overview.js").doesNotContain("leaflet.js");
        }
    }

    @Test
    void pagesAndAssetsComeFromTheJar() {
        for (String p : List.of(
                "/",
                "/relations.html",
                "/energy.html",
                "/rebuild.html",
                "/brief.html",
                "/api-docs.html",
                "/js/overview.js",
                "/js/relations.js",
                "/js/brief.js",
                "/css/app.css",
                "/webjars/leaflet/1.9.4/dist/leaflet.js",
                "/webjars/swagger-ui/5.18.2/swagger-ui-bundle.js",
                "/vendor/world-atlas/countries-50m.json")) {
            HttpResponse<String> r = s.get(p);
            assertThat(r.statusCode()).as(p).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(p).isPresent();
        }
        // no inline script anywhere: the CSP would block it
        for (String page : List.of("/", "/relations.html", "/brief.html", "/api-docs.html")) {
            String html = s.get(page).body();
            assertThat(html.replaceAll("<script src=\"[^\"]+\" defer></script>", ""))
                    .as(page)
                    .doesNotContain("<script");
            assertThat(html).as(page).doesNotContain("http://").doesNotContain("https://");
        }
    }

    @Test
    void openApiDocumentsEveryRoute() {
        HttpResponse<String> r = s.get("/api/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = TestServer.json(r);
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        doc.path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths)
                .containsExactlyInAnyOrder(
                        "/api/health",
                        "/api/openapi.json",
                        "/api/pack",
                        "/api/pack/{section}",
                        "/api/jobs",
                        "/api/jobs/{kind}",
                        "/api/jobs/{id}",
                        "/api/energy/allocate",
                        "/api/energy/routes",
                        "/api/energy/disrupt",
                        "/api/energy/metrics",
                        "/api/rebuild/needs",
                        "/api/rebuild/compare",
                        "/api/relations/graph",
                        "/api/relations/timeline",
                        "/api/relations/balance",
                        "/api/mediators",
                        "/api/relations/tie",
                        "/api/relations/eligible",
                        "/api/relations/audit",
                        "/api/brief",
                        "/api/brief.html",
                        "/api/ingest",
                        "/api/scenario/run");
        assertThat(doc.path("paths").path("/api/jobs/{id}").has("delete")).isTrue();
    }

    @Test
    void scenarioRunGivesThePillarsAndTheChainOrNamesTheBadField() {
        HttpResponse<String> r =
                s.post("/api/scenario/run", "{\"name\": \"cut\", \"cut\": [\"p3\", \"sw1\"], \"at\": \"2025-08-01\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode j = TestServer.json(r);
        assertThat(j.at("/pillars/power/availableMw").isNumber()).isTrue();
        assertThat(j.path("chain").findValuesAsText("pillar")).contains("energy", "power");
        assertThat(j.at("/pillars/rebuild/notes/0").asText()).contains("no base programme");
        HttpResponse<String> bad = s.post("/api/scenario/run", "{\"name\": \"x\", \"energy\": {\"capacity\": {}}}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(bad).path("error").asText()).contains("energy.capacity");
    }

    @Test
    void jobRunsAndItsResultIsKept() {
        HttpResponse<String> r = s.post("/api/jobs/test.sleep", "{\"millis\": 30, \"value\": \"x<y>\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        JsonNode j = TestServer.json(r);
        String id = j.path("id").asText();
        assertThat(r.headers().firstValue("Location")).hasValue("/api/jobs/" + id);
        assertThat(j.path("kind").asText()).isEqualTo("test.sleep");
        assertThat(j.path("status").asText()).isIn("queued", "running", "done");
        JsonNode done = s.awaitJob(id);
        assertThat(done.path("status").asText()).isEqualTo("done");
        assertThat(done.path("result").path("echo").asText()).isEqualTo("x<y>");
        assertThat(done.path("params").path("millis").asInt()).isEqualTo(30);
        assertThat(done.path("startedAt").asText()).isNotEmpty();
        assertThat(done.path("finishedAt").asText()).isNotEmpty();
        JsonNode list = TestServer.json(s.get("/api/jobs"));
        assertThat(list.path("kinds").has("test.sleep")).isTrue();
        assertThat(list.path("jobs").get(0).path("id").asText()).isEqualTo(id);
    }

    @Test
    void emptyBodyMeansNoParameters() {
        HttpResponse<String> r =
                s.send(s.request("/api/jobs/test.sleep").POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        assertThat(s.awaitJob(TestServer.json(r).path("id").asText())
                        .path("result")
                        .path("echo")
                        .asText())
                .isEqualTo("none");
    }

    @Test
    void failedJobSaysWhy() {
        String id = TestServer.json(s.post("/api/jobs/test.sleep", "{\"fail\": \"no route to market italy\"}"))
                .path("id")
                .asText();
        JsonNode j = s.awaitJob(id);
        assertThat(j.path("status").asText()).isEqualTo("failed");
        assertThat(j.path("error").asText()).isEqualTo("no route to market italy");
        assertThat(j.path("result").isNull()).isTrue();
    }

    @Test
    void runningJobCanBeCancelledOnce() {
        String id = TestServer.json(s.post("/api/jobs/test.sleep", "{\"hold\": true}"))
                .path("id")
                .asText();
        HttpResponse<String> d = s.delete("/api/jobs/" + id);
        assertThat(d.statusCode()).as(d.body()).isEqualTo(200);
        assertThat(TestServer.json(d).path("status").asText()).isEqualTo("cancelled");
        assertThat(s.awaitJob(id).path("status").asText()).isEqualTo("cancelled");
        assertError(s.delete("/api/jobs/" + id), 409, "is cancelled already");
    }

    @Test
    void finishedJobCannotBeCancelled() {
        String id =
                TestServer.json(s.post("/api/jobs/test.sleep", "{}")).path("id").asText();
        s.awaitJob(id);
        assertError(s.delete("/api/jobs/" + id), 409, "is done already");
    }

    @Test
    void badJobRequestsAreRefusedWithAReason() {
        assertError(s.post("/api/jobs/energy.allocate", "{}"), 404, "Known kinds: test.sleep");
        assertError(s.post("/api/jobs/test.sleep", "{\"millis\": -5}"), 400, "millis must be in 0..60000");
        assertError(s.post("/api/jobs/test.sleep", "{\"millis\": "), 400, "not valid JSON");
        assertError(s.post("/api/jobs/test.sleep", "[1, 2]"), 400, "must be a JSON object");
        assertError(
                s.send(s.request("/api/jobs/test.sleep")
                        .header("Content-Type", "text/plain")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))),
                415,
                "Content-Type: application/json");
        assertError(s.get("/api/jobs/3f0c5e1a-0000-4000-8000-000000000000"), 404, "no job 3f0c5e1a");
        assertError(s.delete("/api/jobs/nope"), 404, "no job nope");
        // none of these created a job
        assertThat(TestServer.json(s.get("/api/jobs")).path("jobs").size()).isZero();
    }

    @Test
    void oversizedBodyIs413() {
        String big = "{\"value\": \"" + "x".repeat((int) ServerConfig.DEFAULT_MAX_BODY_BYTES) + "\"}";
        assertError(s.post("/api/jobs/test.sleep", big), 413, "at most " + ServerConfig.DEFAULT_MAX_BODY_BYTES);
    }

    @Test
    void crossOriginWritesAreRefused() {
        assertError(
                s.send(s.request("/api/jobs/test.sleep")
                        .header("Content-Type", "application/json")
                        .header("Origin", "http://evil.example")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))),
                403,
                "cross-origin POST refused");
        HttpResponse<String> same = s.send(s.request("/api/jobs/test.sleep")
                .header("Content-Type", "application/json")
                .header("Origin", s.base())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(same.statusCode()).as(same.body()).isEqualTo(202);
    }

    @Test
    void methodNotRoutedIsJson() {
        HttpResponse<String> r = s.send(s.request("/api/pack").DELETE());
        assertThat(r.statusCode()).isIn(404, 405);
        assertError(r, r.statusCode(), "/api/pack");
    }

    // ------------------------------------------------------------ energy

    @Test
    void energyAllocateTracesEveryDeliveredBcmToAField() {
        HttpResponse<String> r = s.get("/api/energy/allocate?year=2025");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode j = TestServer.json(r);
        assertThat(j.path("base").asText()).isEqualTo("reported"); // the minimal pack reports 2025
        JsonNode a = j.path("allocation");
        assertThat(a.path("year").asInt()).isEqualTo(2025);
        List<String> markets = new ArrayList<>();
        a.path("deliveries").forEach(d -> markets.add(d.path("market").asText()));
        assertThat(markets).containsExactlyInAnyOrder("mb", "mc");
        double traced = 0;
        for (JsonNode x : j.path("fieldToMarket")) {
            assertThat(x.path("field").asText()).isEqualTo("fa");
            traced += x.path("volumeBcm").asDouble();
        }
        assertThat(traced).isCloseTo(a.path("deliveredBcm").asDouble(), org.assertj.core.data.Offset.offset(1e-4));
        assertThat(a.path("deliveredBcm").asDouble()).isGreaterThan(10.0); // at least the reported 9.6 + 0.5
    }

    @Test
    void energyRoutesFromAFieldToAMarket() {
        JsonNode j = TestServer.json(s.get("/api/energy/routes?from=fa&to=mc&k=3"));
        assertThat(j.path("routes").size()).isEqualTo(2); // p1 > p3 and p1 > swap sw1
        assertThat(j.path("routes").get(0).path("arcs").get(0).asText()).isEqualTo("p1");
        assertThat(j.path("routes").get(0).path("rank").asInt()).isEqualTo(1);
        assertError(s.get("/api/energy/routes?from=fa&to=atlantis"), 404, "no market 'atlantis'");
        assertError(s.get("/api/energy/routes?from=nowhere&to=mc"), 404, "no field 'nowhere'");
        assertError(s.get("/api/energy/routes?to=mc"), 400, "'from' is required");
        assertError(s.get("/api/energy/routes?from=fa&to=mc&k=0"), 400, "'k' must be between 1 and 20");
    }

    @Test
    void energyDisruptGivesTheDifferencePerMarket() {
        HttpResponse<String> r = s.post("/api/energy/disrupt", "{\"cut\": [\"p3\", \"sw1\"], \"year\": 2025}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode j = TestServer.json(r);
        JsonNode mc = null;
        for (JsonNode m : j.path("markets")) {
            if (m.path("market").asText().equals("mc")) {
                mc = m;
            }
        }
        assertThat(mc).isNotNull();
        assertThat(mc.path("baseBcm").asDouble()).isGreaterThan(0.49);
        assertThat(mc.path("disruptedBcm").asDouble()).isZero();
        assertThat(mc.path("lostBcm").asDouble()).isEqualTo(mc.path("baseBcm").asDouble());
        assertThat(j.path("affectedArcs").toString()).contains("p3").contains("sw1");

        assertError(s.post("/api/energy/disrupt", "{\"cut\": [\"no-such-arc\"]}"), 400, "no-such-arc");
        assertError(s.post("/api/energy/disrupt", "{\"transit\": \"ZZZ\"}"), 400, "ZZZ");
        assertError(s.post("/api/energy/disrupt", "{}"), 400, "give 'cut'");
        assertError(s.post("/api/energy/disrupt", "{\"cut\": \"p3\", \"year\": 1200}"), 400, "'year' must be between");
    }

    @Test
    void energyMetricsAreHhiOnTheTenThousandScale() {
        JsonNode base = TestServer.json(s.get("/api/energy/metrics?year=2025"));
        assertThat(base.path("scenario").asText()).isEqualTo("base case");
        assertThat(base.path("hhiMarkets").asDouble()).isBetween(5000.0, 10000.0); // mb takes almost all
        JsonNode cut = TestServer.json(s.get("/api/energy/metrics?year=2025&cut=p3,sw1"));
        assertThat(cut.path("hhiMarkets").asDouble())
                .isGreaterThan(base.path("hhiMarkets").asDouble());
        assertError(s.get("/api/energy/metrics?year=twenty"), 400, "'year' must be a whole number");
    }

    @Test
    void energyNMinus1RunsAsAJob() {
        HttpResponse<String> r = s.post("/api/jobs/energy.n-1", "{\"year\": 2025, \"top\": 3}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        JsonNode done = s.awaitJob(TestServer.json(r).path("id").asText());
        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("done");
        JsonNode ranking = done.path("result").path("ranking");
        assertThat(ranking.size()).isEqualTo(3);
        assertThat(ranking.get(0).path("rank").asInt()).isEqualTo(1);
        // without p1 or field-a no gas leaves the field: the worst outage loses everything delivered
        assertThat(ranking.get(0).path("id").asText()).isIn("p1", "field-a", "hub-b");
        assertError(s.post("/api/jobs/energy.n-1", "{\"top\": \"many\"}"), 400, "'top' must be a whole number");
    }

    // ------------------------------------------------------------ rebuild

    @Test
    void rebuildNeedsAreTheCliFigures() throws Exception {
        JsonNode j = TestServer.json(s.get("/api/rebuild/needs"));
        JsonNode cliNeeds = Json.MAPPER.readTree(
                cli("rebuild", "needs", "--pack", TestPacks.minimal().toString(), "--format", "json"));
        assertThat(j.path("total")).isEqualTo(cliNeeds.path("total"));
        assertThat(j.path("lines").size()).isPositive();
        assertThat(j.path("total").path("centralUsd").asDouble()).isPositive();
    }

    @Test
    void rebuildPlanRunsAsAJobAndTwoRunsCompare() {
        HttpResponse<String> r1 = s.post("/api/jobs/rebuild.plan", "{\"timeLimitSeconds\": 1, \"horizonMonths\": 60}");
        assertThat(r1.statusCode()).as(r1.body()).isEqualTo(202);
        HttpResponse<String> r2 = s.post(
                "/api/jobs/rebuild.plan",
                "{\"timeLimitSeconds\": 1, \"horizonMonths\": 60, \"budgetUsdPerYear\": 2e8}");
        JsonNode a = s.awaitJob(TestServer.json(r1).path("id").asText());
        JsonNode b = s.awaitJob(TestServer.json(r2).path("id").asText());
        assertThat(a.path("status").asText()).as(a.toString()).isEqualTo("done");
        assertThat(b.path("status").asText()).as(b.toString()).isEqualTo("done");
        assertThat(a.path("result").path("horizonMonths").asInt()).isEqualTo(60);
        assertThat(a.path("result").path("solve").path("timeLimitSeconds").asDouble())
                .isEqualTo(1.0);
        assertThat(a.path("result").path("serviceByMonth").size()).isEqualTo(61);

        String ida = a.path("id").asText();
        String idb = b.path("id").asText();
        HttpResponse<String> c = s.get("/api/rebuild/compare?a=" + ida + "&b=" + idb);
        assertThat(c.statusCode()).as(c.body()).isEqualTo(200);
        JsonNode cmp = TestServer.json(c);
        assertThat(cmp.path("runA").asText()).isEqualTo(ida);
        assertThat(cmp.path("a").path("totalCostUsd").asDouble())
                .isEqualTo(a.path("result").path("totalCostUsd").asDouble());
        assertThat(cmp.path("b").path("totalCostUsd").asDouble())
                .isEqualTo(b.path("result").path("totalCostUsd").asDouble());

        assertError(s.get("/api/rebuild/compare?a=" + ida), 400, "'b' is required");
        assertError(s.get("/api/rebuild/compare?a=" + ida + "&b=no-such-job"), 404, "no job no-such-job");
        String sleepId =
                TestServer.json(s.post("/api/jobs/test.sleep", "{}")).path("id").asText();
        s.awaitJob(sleepId);
        assertError(s.get("/api/rebuild/compare?a=" + ida + "&b=" + sleepId), 400, "not a rebuild.plan job");
        assertError(
                s.post("/api/jobs/rebuild.plan", "{\"timeLimitSeconds\": 0}"),
                400,
                "'timeLimitSeconds' must be between");
        assertError(
                s.post("/api/jobs/rebuild.plan", "{\"horizonMonths\": 2.5}"),
                400,
                "'horizonMonths' must be a whole number");
    }

    // ------------------------------------------------------------ relations

    @Test
    void relationsGraphTimelineBalanceAndMediators() {
        JsonNode g = TestServer.json(s.get("/api/relations/graph?at=2025-08-01"));
        assertThat(g.path("at").asText()).isEqualTo("2025-08-01");
        assertThat(g.path("nodes").toString()).contains("AAA").contains("BBB").contains("CCC");
        JsonNode t = TestServer.json(s.get("/api/relations/timeline?a=AAA&b=CCC&from=2025-01-01&to=2025-12-31"));
        double first = t.path("points").get(0).path("score").asDouble();
        double max = 0;
        for (JsonNode p : t.path("points")) {
            max = Math.max(max, p.path("score").asDouble());
        }
        assertThat(max)
                .as("the 2025-07-12 gas MoU (e2) raises the AAA-CCC score")
                .isGreaterThan(first);
        JsonNode b = TestServer.json(s.get("/api/relations/balance?state=aaa&at=2025-12-31"));
        assertThat(b.path("state").asText()).isEqualTo("AAA");
        assertThat(b.path("ties").size()).isPositive();
        JsonNode m = TestServer.json(s.get("/api/mediators?a=BBB&b=CCC&at=2025-08-01"));
        assertThat(m.path("ranking").get(0).path("state").asText()).isEqualTo("AAA"); // hosted talks e1

        assertError(s.get("/api/relations/graph?at=2025-13-01"), 400, "'at' must be a date");
        assertError(s.get("/api/mediators?a=BBB&b=ZZZ"), 404, "ZZZ");
        assertError(s.get("/api/mediators?a=BBB&b=Z1"), 400, "alpha-3");
        assertError(s.get("/api/relations/timeline?a=AAA&b=CCC&from=2025-12-01&to=2025-01-01"), 400, "after 'to'");
        assertError(s.get("/api/relations/balance"), 400, "'state' is required");
    }

    // ------------------------------------------------------------ ingest

    static final String ARTICLE =
            "{\"url\":\"https://example.org/aland-bland\",\"published\":\"2025-06-01\",\"source\":\"test\","
                    + "\"title\":\"Aland and Bland\",\"text\":\"Aland signed a trade agreement with Bland on Monday.\"}";

    HttpResponse<String> ingest(String body) {
        return s.send(s.request("/api/ingest")
                .header("Content-Type", "application/x-ndjson")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void ingestStoresOnceReportsBadLinesAndFeedsTheRelations() {
        String before = TestServer.json(s.get("/api/relations/timeline?a=AAA&b=BBB&from=2025-05-01&to=2025-07-01"))
                .path("events")
                .toString();
        assertThat(before).doesNotContain("Aland signed");

        HttpResponse<String> r =
                ingest(ARTICLE + "\n{not json\n\n{\"published\":\"2025-06-02\",\"title\":\"no text\"}\n"
                        + "{\"published\":\"June\",\"text\":\"Bland warned Cland.\"}\n");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode j = TestServer.json(r);
        assertThat(j.path("added").asInt()).isEqualTo(1);
        assertThat(j.path("duplicates").asInt()).isZero();
        assertThat(j.path("events").asInt()).isPositive();
        assertThat(j.path("skipped").findValuesAsText("line")).containsExactly("2", "4", "5");
        assertThat(j.path("skipped").get(0).path("error").asText()).contains("not valid JSON");
        assertThat(j.path("skipped").get(1).path("error").asText()).contains("no \"text\"");
        assertThat(j.path("skipped").get(2).path("error").asText()).contains("'June' is not a date");

        JsonNode again = TestServer.json(ingest(ARTICLE + "\n"));
        assertThat(again.path("added").asInt()).isZero();
        assertThat(again.path("duplicates").asInt()).isEqualTo(1);
        assertThat(again.path("events").asInt()).isZero();
        assertThat(again.path("skipped").size()).isZero();

        JsonNode t = TestServer.json(s.get("/api/relations/timeline?a=AAA&b=BBB&from=2025-05-01&to=2025-07-01"));
        List<String> texts = t.path("events").findValuesAsText("text");
        assertThat(texts)
                .as("the ingested sentence is on the dyad's timeline, once")
                .filteredOn(x -> x.contains("Aland signed a trade agreement with Bland"))
                .hasSize(1);
        assertThat(t.path("events").toString()).contains("2025-06-01");
    }

    @Test
    void ingestTakesAJsonArrayAndNamesTheLineOfABadElement() {
        String body = "[\n" + ARTICLE + ",\n  {\"title\": \"undated\", \"text\": \"Cland praised Aland.\"},\n  42\n]";
        HttpResponse<String> r = s.send(s.request("/api/ingest")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode j = TestServer.json(r);
        assertThat(j.path("added").asInt()).isEqualTo(1);
        assertThat(j.path("skipped").findValuesAsText("line")).containsExactly("3", "4");
        assertThat(j.path("skipped").get(0).path("error").asText()).contains("no \"published\" date");
        assertThat(j.path("skipped").get(1).path("error").asText()).contains("expected a JSON object");
    }

    @Test
    void ingestRefusesWhatIsNotArticles() {
        assertError(
                s.send(s.request("/api/ingest")
                        .header("Content-Type", "text/html")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(ARTICLE))),
                415,
                "application/x-ndjson");
        assertError(ingest("  \n"), 400, "the body is empty");
        String big = ARTICLE.repeat((int) (ServerConfig.DEFAULT_MAX_BODY_BYTES / ARTICLE.length()) + 1);
        assertError(ingest(big), 413, "at most " + ServerConfig.DEFAULT_MAX_BODY_BYTES);
        assertError(
                s.send(s.request("/api/ingest")
                        .header("Content-Type", "application/json")
                        .header("Origin", "http://evil.example")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(ARTICLE))),
                403,
                "cross-origin POST refused");
        JsonNode j = TestServer.json(ingest(ARTICLE));
        assertThat(j.path("added").asInt())
                .as("none of the refused requests stored anything")
                .isEqualTo(1);
    }

    // ------------------------------------------------------------ brief

    @Test
    void briefComposesTheThreePillarsWithNotes() {
        JsonNode b = TestServer.json(s.get("/api/brief?cut=p3&a=BBB&b=CCC&at=2025-08-01"));
        assertThat(b.path("year").asInt()).isEqualTo(2025);
        assertThat(b.path("scenario").path("cut").toString()).isEqualTo("[\"p3\"]");
        JsonNode mc = null;
        for (JsonNode m : b.path("energy").path("markets")) {
            if (m.path("id").asText().equals("mc")) {
                mc = m;
            }
        }
        assertThat(mc).isNotNull();
        assertThat(mc.path("lostBcm").asDouble()).isPositive();
        assertThat(b.path("energy").path("disruption").path("hhiMarketsAfter").isNumber())
                .isTrue();
        assertThat(b.path("relations")
                        .path("dyads")
                        .get(0)
                        .path("mediators")
                        .get(0)
                        .path("state")
                        .asText())
                .isEqualTo("AAA");
        assertThat(b.path("rebuild").path("reference").path("centralUsd").asDouble())
                .isEqualTo(216e9);
        int notes = b.path("notes").size();
        assertThat(notes).isPositive();
        assertThat(mc.path("reportedNote").asInt()).isBetween(1, notes);
        assertThat(b.path("sources").toString()).contains("Test Agency");

        JsonNode base = TestServer.json(s.get("/api/brief?cut=&a=BBB&b=CCC"));
        assertThat(base.path("energy").path("disruption").isNull()
                        || base.path("energy").path("disruption").isMissingNode())
                .isTrue();
        assertThat(base.path("scenario").path("name").asText()).isEqualTo("Base case");

        assertError(s.get("/api/brief?cut=nowhere&a=BBB&b=CCC"), 400, "nowhere");
        assertError(s.get("/api/brief?cut=p3&a=BBB&b=ZZZ"), 404, "ZZZ");
        assertError(s.get("/api/brief?cut=p3&a=BBB&b=BBB"), 400, "two different");
        assertError(s.get("/api/brief?cut=p3&a=BBB&b=CCC&year=1800"), 400, "'year'");
        assertError(s.get("/api/brief?cut=p3&a=BBB&b=CCC&transit=G1"), 400, "alpha-3");
    }

    @Test
    void briefHtmlIsTheSelfContainedFileWithoutScript() {
        HttpResponse<String> r =
                s.get("/api/brief.html?cut=p3&a=BBB&b=CCC&at=2025-08-01&name=%3Cscript%3Ex%3C/script%3E");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("default-src 'none'").doesNotContain("script-src");
        assertThat(r.body())
                .doesNotContain("<script")
                .contains("&lt;script&gt;x&lt;/script&gt;")
                .contains("id=\"rebuild\"");
        assertThat(r.headers().firstValue("Content-Disposition")).isEmpty();
        HttpResponse<String> d = s.get("/api/brief.html?cut=p3&a=BBB&b=CCC&download=1");
        assertThat(d.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment")
                .contains("brief.html");
    }
}
