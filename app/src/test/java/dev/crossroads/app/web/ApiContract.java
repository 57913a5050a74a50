package dev.crossroads.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.app.cli.CrossroadsCommand;
import dev.crossroads.app.client.ApiClient;
import dev.crossroads.app.client.ApiResponse;
import dev.crossroads.app.client.api.BriefApi;
import dev.crossroads.app.client.api.EnergyApi;
import dev.crossroads.app.client.api.JobsApi;
import dev.crossroads.app.client.api.PackApi;
import dev.crossroads.app.client.api.RebuildApi;
import dev.crossroads.app.client.api.RelationsApi;
import dev.crossroads.app.client.api.ScenarioApi;
import dev.crossroads.app.client.api.ServerApi;
import dev.crossroads.app.client.model.EnergyAllocation;
import dev.crossroads.app.client.model.EnergyDisruptRequest;
import dev.crossroads.app.client.model.FieldToMarket;
import dev.crossroads.app.client.model.Health;
import dev.crossroads.app.client.model.IngestResult;
import dev.crossroads.app.client.model.Job;
import dev.crossroads.app.client.model.JobList;
import dev.crossroads.app.client.model.PackSummary;
import dev.crossroads.app.client.model.ScenarioRunRequest;
import dev.crossroads.app.service.Json;
import dev.crossroads.core.pack.TestPacks;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTTP API over real HTTP, against a server started in the test. Every documented operation is called through
 * the Java client generated from the OpenAPI document (module api-client), so a change of the server that the
 * document does not follow (a path, a parameter, a typed field) fails here. Requests no client would send (malformed
 * JSON, a wrong Content-Type, a foreign Origin) go over plain HTTP. Subclasses choose the database (SQLite,
 * PostgreSQL); every test runs on each.
 */
abstract class ApiContract {
    SleepJob sleep;
    TestServer s;
    ApiClient client;
    ServerApi serverApi;
    PackApi packApi;
    JobsApi jobsApi;
    EnergyApi energyApi;
    RebuildApi rebuildApi;
    RelationsApi relationsApi;
    BriefApi briefApi;
    ScenarioApi scenarioApi;

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
        client = s.client();
        serverApi = new ServerApi(client);
        packApi = new PackApi(client);
        jobsApi = new JobsApi(client);
        energyApi = new EnergyApi(client);
        rebuildApi = new RebuildApi(client);
        relationsApi = new RelationsApi(client);
        briefApi = new BriefApi(client);
        scenarioApi = new ScenarioApi(client);
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
        assertErrorBody(r.body(), status, fragment);
    }

    /** The generated client's call fails with the documented error shape: status, JSON, a message to act on. */
    static void assertError(ThrowingCallable call, int status, String fragment) {
        dev.crossroads.app.client.ApiException e =
                catchThrowableOfType(dev.crossroads.app.client.ApiException.class, call);
        assertThat(e).as("expected HTTP " + status + " with '" + fragment + "'").isNotNull();
        assertThat(e.getCode()).as(e.getResponseBody()).isEqualTo(status);
        assertThat(e.getResponseHeaders().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertErrorBody(e.getResponseBody(), status, fragment);
    }

    private static void assertErrorBody(String body, int status, String fragment) {
        JsonNode j;
        try {
            j = Json.MAPPER.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON (status " + status + "): " + body, e);
        }
        assertThat(j.path("status").asInt()).isEqualTo(status);
        assertThat(j.path("error").asText()).contains(fragment);
        assertThat(body).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(".java:");
    }

    /** A typed or untyped answer of the generated client as a tree, to look into. */
    JsonNode tree(Object answer) {
        return Json.MAPPER.valueToTree(answer);
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

    /** Polls a job through the client until it reaches a terminal status (or fails the test after 20 s). */
    Job awaitJob(UUID id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            Job j = jobsApi.getJob(id);
            if (j.getStatus() == Job.StatusEnum.DONE
                    || j.getStatus() == Job.StatusEnum.FAILED
                    || j.getStatus() == Job.StatusEnum.CANCELLED) {
                return j;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("job " + id + " did not finish within 20 s");
    }

    static Map<String, Object> params(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    @Test
    void healthNamesThePackAndTheJobKinds() throws Exception {
        ApiResponse<Health> r = serverApi.healthWithHttpInfo();
        assertThat(r.getStatusCode()).isEqualTo(200);
        Health h = r.getData();
        assertThat(h.getStatus()).isEqualTo(Health.StatusEnum.OK);
        assertThat(h.getPack()).isEqualTo("minimal");
        assertThat(h.getJobKinds().get(0)).isEqualTo("test.sleep");
        assertThat(h.getAsOf()).isEqualTo(s.pack.meta().asOf());
        Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(r.getHeaders());
        assertThat(headers.get("Content-Security-Policy"))
                .singleElement()
                .satisfies(v -> assertThat(v).contains("script-src 'self'").doesNotContain("unsafe-inline"));
        assertThat(headers.get("Cache-Control")).containsExactly("no-store");
    }

    @Test
    void packIsTheSummaryTheCliComputes() throws Exception {
        PackSummary got = packApi.packSummary();
        JsonNode expected = Json.MAPPER.readTree(Json.write(dev.crossroads.core.pack.PackSummary.of(s.pack)));
        // the API adds the scenario the Brief proposes for the pack (the minimal pack has none in pack.yaml)
        com.fasterxml.jackson.databind.node.ObjectNode summary =
                (com.fasterxml.jackson.databind.node.ObjectNode) tree(got);
        JsonNode proposed = summary.remove("defaultScenario");
        assertThat(summary).isEqualTo(expected);
        assertThat(proposed.path("name").asText()).isEqualTo("Base case");
        assertThat(proposed.path("fromPack").asBoolean()).isFalse();
        assertThat(got.getSources()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"countries", "actors", "relations", "events", "gas", "rebuild", "roads", "sources", "power"})
    void sectionIsWhatPackShowPrints(String section) throws Exception {
        Object got = packApi.packSection(section);
        String printed =
                cli("pack", "show", "--pack", TestPacks.minimal().toString(), "--section", section, "--format", "json");
        assertThat(tree(got)).isEqualTo(Json.MAPPER.readTree(printed));
    }

    @Test
    void unknownSectionListsTheSections() {
        assertError(() -> packApi.packSection("pipelines"), 404, "Sections: countries, actors");
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
    void openApiDocumentsEveryRouteAndNothingElse() throws Exception {
        JsonNode doc = tree(serverApi.openapi());
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        java.util.Set<String> documented = new TreeSet<>();
        for (var path : doc.path("paths").properties()) {
            for (var field : path.getValue().properties()) {
                String method = field.getKey();
                documented.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
            }
        }
        java.util.Set<String> served = new TreeSet<>(s.server.apiRoutes());
        // served but not documented on purpose: the redirect to the browsable page, and the old path of submitJob
        // (same template as GET /api/jobs/{id}, which the lint refuses)
        served.removeAll(List.of("GET /api/docs", "POST /api/jobs/{kind}"));
        assertThat(documented).isEqualTo(served);
        assertThat(documented).contains("POST /api/jobs/kinds/{kind}", "DELETE /api/jobs/{id}");
    }

    @Test
    void scenarioRunGivesThePillarsAndTheChainOrNamesTheBadField() throws Exception {
        JsonNode j = tree(scenarioApi.scenarioRun(
                new ScenarioRunRequest().name("cut").cut(List.of("p3", "sw1")).at(LocalDate.parse("2025-08-01"))));
        assertThat(j.at("/pillars/power/availableMw").isNumber()).isTrue();
        assertThat(j.path("chain").findValuesAsText("pillar")).contains("energy", "power");
        assertThat(j.at("/pillars/rebuild/notes/0").asText()).contains("no base programme");
        assertError(
                () -> scenarioApi.scenarioRun(new ScenarioRunRequest().name("x").energy(Map.of("capacity", Map.of()))),
                400,
                "energy.capacity");
    }

    @Test
    void jobRunsAndItsResultIsKept() throws Exception {
        ApiResponse<Job> r = jobsApi.submitJobWithHttpInfo("test.sleep", params("millis", 30, "value", "x<y>"));
        assertThat(r.getStatusCode()).isEqualTo(202);
        Job j = r.getData();
        UUID id = j.getId();
        assertThat(r.getHeaders().get("location")).containsExactly("/api/jobs/" + id);
        assertThat(j.getKind()).isEqualTo("test.sleep");
        assertThat(j.getStatus()).isIn(Job.StatusEnum.QUEUED, Job.StatusEnum.RUNNING, Job.StatusEnum.DONE);
        Job done = awaitJob(id);
        assertThat(done.getStatus()).isEqualTo(Job.StatusEnum.DONE);
        assertThat(tree(done.getResult()).path("echo").asText()).isEqualTo("x<y>");
        assertThat(tree(done.getParams()).path("millis").asInt()).isEqualTo(30);
        assertThat(done.getStartedAt()).isNotNull();
        assertThat(done.getFinishedAt()).isNotNull();
        JobList list = jobsApi.listJobs(null, null);
        assertThat(list.getKinds()).containsKey("test.sleep");
        assertThat(list.getJobs().get(0).getId()).isEqualTo(id);
        assertThat(list.getTotal()).isEqualTo(1);
    }

    @Test
    void theOldJobPathStillStartsAJob() {
        HttpResponse<String> r = s.post("/api/jobs/test.sleep", "{}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        assertThat(s.awaitJob(TestServer.json(r).path("id").asText())
                        .path("status")
                        .asText())
                .isEqualTo("done");
    }

    @Test
    void emptyBodyMeansNoParameters() throws Exception {
        // the document makes the body optional; a client without one sends nothing at all
        HttpResponse<String> r =
                s.send(s.request("/api/jobs/kinds/test.sleep").POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        Job done = awaitJob(UUID.fromString(TestServer.json(r).path("id").asText()));
        assertThat(tree(done.getResult()).path("echo").asText()).isEqualTo("none");
    }

    @Test
    void failedJobSaysWhy() throws Exception {
        UUID id = jobsApi.submitJob("test.sleep", params("fail", "no route to market italy"))
                .getId();
        Job j = awaitJob(id);
        assertThat(j.getStatus()).isEqualTo(Job.StatusEnum.FAILED);
        assertThat(j.getError()).isEqualTo("no route to market italy");
        assertThat(j.getResult()).isNull();
    }

    @Test
    void runningJobCanBeCancelledOnce() throws Exception {
        UUID id = jobsApi.submitJob("test.sleep", params("hold", true)).getId();
        assertThat(jobsApi.cancelJob(id).getStatus()).isEqualTo(Job.StatusEnum.CANCELLED);
        assertThat(awaitJob(id).getStatus()).isEqualTo(Job.StatusEnum.CANCELLED);
        assertError(() -> jobsApi.cancelJob(id), 409, "is cancelled already");
    }

    @Test
    void finishedJobCannotBeCancelled() throws Exception {
        UUID id = jobsApi.submitJob("test.sleep", params()).getId();
        awaitJob(id);
        assertError(() -> jobsApi.cancelJob(id), 409, "is done already");
    }

    @Test
    void badJobRequestsAreRefusedWithAReason() throws Exception {
        assertError(() -> jobsApi.submitJob("energy.allocate", params()), 404, "Known kinds: test.sleep");
        assertError(() -> jobsApi.submitJob("test.sleep", params("millis", -5)), 400, "millis must be in 0..60000");
        assertError(s.post("/api/jobs/kinds/test.sleep", "{\"millis\": "), 400, "not valid JSON");
        assertError(s.post("/api/jobs/kinds/test.sleep", "[1, 2]"), 400, "must be a JSON object");
        assertError(
                s.send(s.request("/api/jobs/kinds/test.sleep")
                        .header("Content-Type", "text/plain")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))),
                415,
                "Content-Type: application/json");
        assertError(
                () -> jobsApi.getJob(UUID.fromString("3f0c5e1a-0000-4000-8000-000000000000")), 404, "no job 3f0c5e1a");
        assertError(s.delete("/api/jobs/nope"), 404, "no job nope");
        // none of these created a job
        assertThat(jobsApi.listJobs(null, null).getJobs()).isEmpty();
        assertError(() -> jobsApi.listJobs(0, null), 400, "'limit' must be a whole number from 1 to 500");
    }

    @Test
    void oversizedBodyIs413() {
        String big = "x".repeat((int) ServerConfig.DEFAULT_MAX_BODY_BYTES);
        assertError(
                () -> jobsApi.submitJob("test.sleep", params("value", big)),
                413,
                "at most " + ServerConfig.DEFAULT_MAX_BODY_BYTES);
    }

    @Test
    void crossOriginWritesAreRefused() throws Exception {
        // a generated API takes the client's interceptor when it is made
        JobsApi foreign = new JobsApi(s.client().setRequestInterceptor(b -> b.header("Origin", "http://evil.example")));
        assertError(() -> foreign.submitJob("test.sleep", params()), 403, "cross-origin POST refused");
        JobsApi same = new JobsApi(s.client().setRequestInterceptor(b -> b.header("Origin", s.base())));
        assertThat(same.submitJobWithHttpInfo("test.sleep", params()).getStatusCode())
                .isEqualTo(202);
    }

    @Test
    void methodNotRoutedIsJson() {
        HttpResponse<String> r = s.send(s.request("/api/pack").DELETE());
        assertThat(r.statusCode()).isIn(404, 405);
        assertError(r, r.statusCode(), "/api/pack");
    }

    // ------------------------------------------------------------ energy

    @Test
    void energyAllocateTracesEveryDeliveredBcmToAField() throws Exception {
        EnergyAllocation j = energyApi.energyAllocate(2025, null);
        assertThat(j.getBase()).isEqualTo(EnergyAllocation.BaseEnum.REPORTED); // the minimal pack reports 2025
        JsonNode a = tree(j.getAllocation());
        assertThat(a.path("year").asInt()).isEqualTo(2025);
        List<String> markets = new ArrayList<>();
        a.path("deliveries").forEach(d -> markets.add(d.path("market").asText()));
        assertThat(markets).containsExactlyInAnyOrder("mb", "mc");
        double traced = 0;
        for (FieldToMarket x : j.getFieldToMarket()) {
            assertThat(x.getField()).isEqualTo("fa");
            traced += x.getVolumeBcm().doubleValue();
        }
        assertThat(traced).isCloseTo(a.path("deliveredBcm").asDouble(), org.assertj.core.data.Offset.offset(1e-4));
        assertThat(a.path("deliveredBcm").asDouble()).isGreaterThan(10.0); // at least the reported 9.6 + 0.5
        assertError(() -> energyApi.energyAllocate(1800, null), 400, "'year'");
    }

    @Test
    void energyRoutesFromAFieldToAMarket() throws Exception {
        JsonNode j = tree(energyApi.energyRoutes("fa", "mc", 3, null));
        assertThat(j.path("routes").size()).isEqualTo(2); // p1 > p3 and p1 > swap sw1
        assertThat(j.path("routes").get(0).path("arcs").get(0).asText()).isEqualTo("p1");
        assertThat(j.path("routes").get(0).path("rank").asInt()).isEqualTo(1);
        assertError(() -> energyApi.energyRoutes("fa", "atlantis", null, null), 404, "no market 'atlantis'");
        assertError(() -> energyApi.energyRoutes("nowhere", "mc", null, null), 404, "no field 'nowhere'");
        assertError(s.get("/api/energy/routes?to=mc"), 400, "'from' is required"); // the client insists on 'from'
        assertError(() -> energyApi.energyRoutes("fa", "mc", 0, null), 400, "'k' must be between 1 and 20");
    }

    @Test
    void energyDisruptGivesTheDifferencePerMarket() throws Exception {
        JsonNode j = tree(energyApi.energyDisrupt(
                new EnergyDisruptRequest().cut(List.of("p3", "sw1")).year(2025)));
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

        assertError(
                () -> energyApi.energyDisrupt(new EnergyDisruptRequest().cut(List.of("no-such-arc"))),
                400,
                "no-such-arc");
        assertError(() -> energyApi.energyDisrupt(new EnergyDisruptRequest().transit(List.of("ZZZ"))), 400, "ZZZ");
        assertError(() -> energyApi.energyDisrupt(new EnergyDisruptRequest()), 400, "give 'cut'");
        assertError(
                () -> energyApi.energyDisrupt(
                        new EnergyDisruptRequest().cut(List.of("p3")).year(1200)),
                400,
                "'year' must be between");
        // one id or code as a plain string is accepted too (older clients send it)
        assertThat(s.post("/api/energy/disrupt", "{\"cut\": \"p3\", \"year\": 2025}")
                        .statusCode())
                .isEqualTo(200);
        assertError(s.post("/api/energy/disrupt", "{\"transit\": \"ZZZ\"}"), 400, "ZZZ");
    }

    @Test
    void energyMetricsAreHhiOnTheTenThousandScale() throws Exception {
        JsonNode base = tree(energyApi.energyMetrics(2025, null, null, null));
        assertThat(base.path("scenario").asText()).isEqualTo("base case");
        assertThat(base.path("hhiMarkets").asDouble()).isBetween(5000.0, 10000.0); // mb takes almost all
        JsonNode cut = tree(energyApi.energyMetrics(2025, null, "p3,sw1", null));
        assertThat(cut.path("hhiMarkets").asDouble())
                .isGreaterThan(base.path("hhiMarkets").asDouble());
        assertError(s.get("/api/energy/metrics?year=twenty"), 400, "'year' must be a whole number");
    }

    @Test
    void energyNMinus1RunsAsAJob() throws Exception {
        Job submitted = jobsApi.submitJob("energy.n-1", params("year", 2025, "top", 3));
        Job done = awaitJob(submitted.getId());
        assertThat(done.getStatus()).as(done.toString()).isEqualTo(Job.StatusEnum.DONE);
        JsonNode ranking = tree(done.getResult()).path("ranking");
        assertThat(ranking.size()).isEqualTo(3);
        assertThat(ranking.get(0).path("rank").asInt()).isEqualTo(1);
        // without p1 or field-a no gas leaves the field: the worst outage loses everything delivered
        assertThat(ranking.get(0).path("id").asText()).isIn("p1", "field-a", "hub-b");
        assertError(() -> jobsApi.submitJob("energy.n-1", params("top", "many")), 400, "'top' must be a whole number");
    }

    // ------------------------------------------------------------ rebuild

    @Test
    void rebuildNeedsAreTheCliFigures() throws Exception {
        JsonNode j = tree(rebuildApi.rebuildNeeds());
        JsonNode cliNeeds = Json.MAPPER.readTree(
                cli("rebuild", "needs", "--pack", TestPacks.minimal().toString(), "--format", "json"));
        assertThat(j.path("total")).isEqualTo(cliNeeds.path("total"));
        assertThat(j.path("lines").size()).isPositive();
        assertThat(j.path("total").path("centralUsd").asDouble()).isPositive();
    }

    @Test
    void rebuildPlanRunsAsAJobAndTwoRunsCompare() throws Exception {
        // a work limit stops both solves (the wall limit is an outer one): the same results on any machine
        UUID ida = jobsApi.submitJob(
                        "rebuild.plan", params("timeLimitSeconds", 60, "workLimit", 0.5, "horizonMonths", 60))
                .getId();
        UUID idb = jobsApi.submitJob(
                        "rebuild.plan",
                        params("timeLimitSeconds", 60, "workLimit", 0.5, "horizonMonths", 60, "budgetUsdPerYear", 2e8))
                .getId();
        Job a = awaitJob(ida);
        Job b = awaitJob(idb);
        assertThat(a.getStatus()).as(a.toString()).isEqualTo(Job.StatusEnum.DONE);
        assertThat(b.getStatus()).as(b.toString()).isEqualTo(Job.StatusEnum.DONE);
        JsonNode ra = tree(a.getResult());
        JsonNode rb = tree(b.getResult());
        assertThat(ra.path("horizonMonths").asInt()).isEqualTo(60);
        assertThat(ra.path("solve").path("timeLimitSeconds").asDouble()).isEqualTo(60.0);
        assertThat(ra.path("solve").path("workLimit").asDouble()).isEqualTo(0.5);
        assertThat(ra.path("serviceByMonth").size()).isEqualTo(61);

        JsonNode cmp = tree(rebuildApi.rebuildCompare(ida.toString(), idb.toString()));
        assertThat(cmp.path("runA").asText()).isEqualTo(ida.toString());
        assertThat(cmp.path("a").path("totalCostUsd").asDouble())
                .isEqualTo(ra.path("totalCostUsd").asDouble());
        assertThat(cmp.path("b").path("totalCostUsd").asDouble())
                .isEqualTo(rb.path("totalCostUsd").asDouble());

        assertError(s.get("/api/rebuild/compare?a=" + ida), 400, "'b' is required"); // the client insists on 'b'
        // run ids are not all UUIDs (a saved run has the name it was saved under): the document says string
        String nobody = "no-such-run";
        assertError(() -> rebuildApi.rebuildCompare(ida.toString(), nobody), 404, "no job " + nobody);
        UUID sleepId = jobsApi.submitJob("test.sleep", params()).getId();
        awaitJob(sleepId);
        assertError(() -> rebuildApi.rebuildCompare(ida.toString(), sleepId.toString()), 400, "not a rebuild.plan job");
        assertError(
                () -> jobsApi.submitJob("rebuild.plan", params("timeLimitSeconds", 0)),
                400,
                "'timeLimitSeconds' must be between");
        assertError(
                () -> jobsApi.submitJob("rebuild.plan", params("horizonMonths", 2.5)),
                400,
                "'horizonMonths' must be a whole number");
    }

    // ------------------------------------------------------------ relations

    @Test
    void relationsGraphTimelineBalanceAndMediators() throws Exception {
        JsonNode g = tree(relationsApi.relationsGraph(LocalDate.parse("2025-08-01")));
        assertThat(g.path("at").asText()).isEqualTo("2025-08-01");
        assertThat(g.path("nodes").toString()).contains("AAA").contains("BBB").contains("CCC");
        JsonNode t = tree(relationsApi.relationsTimeline(
                "AAA", "CCC", LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"), null));
        double first = t.path("points").get(0).path("score").asDouble();
        double max = 0;
        for (JsonNode p : t.path("points")) {
            max = Math.max(max, p.path("score").asDouble());
        }
        assertThat(max)
                .as("the 2025-07-12 gas MoU (e2) raises the AAA-CCC score")
                .isGreaterThan(first);
        JsonNode b = tree(relationsApi.relationsBalance("aaa", LocalDate.parse("2025-12-31"), null));
        assertThat(b.path("state").asText()).isEqualTo("AAA");
        assertThat(b.path("ties").size()).isPositive();
        JsonNode m = tree(relationsApi.mediators("BBB", "CCC", LocalDate.parse("2025-08-01")));
        assertThat(m.path("ranking").get(0).path("state").asText()).isEqualTo("AAA"); // hosted talks e1

        assertError(s.get("/api/relations/graph?at=2025-13-01"), 400, "'at' must be a date"); // no LocalDate
        assertError(() -> relationsApi.mediators("BBB", "ZZZ", null), 404, "ZZZ");
        assertError(() -> relationsApi.mediators("BBB", "Z1", null), 400, "alpha-3");
        assertError(
                () -> relationsApi.relationsTimeline(
                        "AAA", "CCC", LocalDate.parse("2025-12-01"), LocalDate.parse("2025-01-01"), null),
                400,
                "after 'to'");
        assertError(s.get("/api/relations/balance"), 400, "'state' is required"); // the client insists on it
    }

    @Test
    void relationsTieEligibleAndAuditAnswerWithTheirShapes() throws Exception {
        LocalDate at = LocalDate.parse("2025-08-01");
        List<Object> ties = relationsApi.relationsTie("AAA", "BBB,CCC", at);
        assertThat(ties).hasSize(2);
        assertThat(tree(ties).findValuesAsText("b")).containsExactly("BBB", "CCC");
        assertThat(relationsApi.relationsEligible("BBB", at)).isNotNull();
        JsonNode audit = tree(relationsApi.relationsAudit("AAA", at));
        assertThat(audit.path("state").asText()).isEqualTo("AAA");
        assertThat(audit.path("rows").isArray()).isTrue();
        assertError(() -> relationsApi.relationsTie("AAA", "ZZZ", at), 404, "ZZZ");
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
    void ingestStoresOnceReportsBadLinesAndFeedsTheRelations() throws Exception {
        LocalDate from = LocalDate.parse("2025-05-01");
        LocalDate to = LocalDate.parse("2025-07-01");
        String before = tree(relationsApi.relationsTimeline("AAA", "BBB", from, to, null))
                .path("events")
                .toString();
        assertThat(before).doesNotContain("Aland signed");

        IngestResult j =
                relationsApi.ingest(ARTICLE + "\n{not json\n\n{\"published\":\"2025-06-02\",\"title\":\"no text\"}\n"
                        + "{\"published\":\"June\",\"text\":\"Bland warned Cland.\"}\n");
        assertThat(j.getAdded()).isEqualTo(1);
        assertThat(j.getDuplicates()).isZero();
        assertThat(j.getEvents()).isPositive();
        assertThat(j.getSkipped()).extracting(x -> x.getLine()).containsExactly(2, 4, 5);
        assertThat(j.getSkipped().get(0).getError()).contains("not valid JSON");
        assertThat(j.getSkipped().get(1).getError()).contains("no \"text\"");
        assertThat(j.getSkipped().get(2).getError()).contains("'June' is not a date");

        IngestResult again = relationsApi.ingest(ARTICLE + "\n");
        assertThat(again.getAdded()).isZero();
        assertThat(again.getDuplicates()).isEqualTo(1);
        assertThat(again.getEvents()).isZero();
        assertThat(again.getSkipped()).isEmpty();

        JsonNode t = tree(relationsApi.relationsTimeline("AAA", "BBB", from, to, null));
        List<String> texts = t.path("events").findValuesAsText("text");
        assertThat(texts)
                .as("the ingested sentence is on the dyad's timeline, once")
                .filteredOn(x -> x.contains("Aland signed a trade agreement with Bland"))
                .hasSize(1);
        assertThat(t.path("events").toString()).contains("2025-06-01");
    }

    @Test
    void timelineEvidenceSaysWhichEventIsItsSentencesMainEvent() throws Exception {
        // the condemnation is the act the sentence reports; the threat ("after ...") a background event
        IngestResult j = relationsApi.ingest("{\"published\":\"2025-06-03\",\"source\":\"test\",\"title\":\"After\","
                + "\"text\":\"Aland condemned Bland after Bland threatened Cland.\"}\n");
        assertThat(j.getEvents()).isEqualTo(2);
        LocalDate from = LocalDate.parse("2025-05-01");
        LocalDate to = LocalDate.parse("2025-07-01");
        for (String[] dyad : new String[][] {{"AAA", "BBB", "true"}, {"BBB", "CCC", "false"}}) {
            JsonNode events = tree(relationsApi.relationsTimeline(dyad[0], dyad[1], from, to, null))
                    .path("events");
            List<JsonNode> read = new java.util.ArrayList<>();
            events.forEach(c -> {
                if (c.path("event").path("text").asText().contains("Aland condemned Bland")) {
                    read.add(c.path("event"));
                }
            });
            assertThat(read)
                    .as(dyad[0] + "-" + dyad[1])
                    .singleElement()
                    .satisfies(e -> assertThat(e.path("main").isBoolean()).isTrue());
            assertThat(read.get(0).path("main").asBoolean())
                    .as(dyad[0] + "-" + dyad[1] + " main")
                    .isEqualTo(Boolean.parseBoolean(dyad[2]));
        }
    }

    @Test
    void ingestTakesAJsonArrayAndNamesTheLineOfABadElement() {
        // the document's second body type (application/json); the client sends the first (JSON lines)
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
    void ingestRefusesWhatIsNotArticles() throws Exception {
        assertError(
                s.send(s.request("/api/ingest")
                        .header("Content-Type", "text/html")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(ARTICLE))),
                415,
                "application/x-ndjson");
        assertError(() -> relationsApi.ingest("  \n"), 400, "the body is empty");
        String big = ARTICLE.repeat((int) (ServerConfig.DEFAULT_MAX_BODY_BYTES / ARTICLE.length()) + 1);
        assertError(() -> relationsApi.ingest(big), 413, "at most " + ServerConfig.DEFAULT_MAX_BODY_BYTES);
        assertError(
                s.send(s.request("/api/ingest")
                        .header("Content-Type", "application/json")
                        .header("Origin", "http://evil.example")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(ARTICLE))),
                403,
                "cross-origin POST refused");
        assertThat(relationsApi.ingest(ARTICLE).getAdded())
                .as("none of the refused requests stored anything")
                .isEqualTo(1);
    }

    // ------------------------------------------------------------ brief

    @Test
    void briefComposesTheThreePillarsWithNotes() throws Exception {
        LocalDate at = LocalDate.parse("2025-08-01");
        JsonNode b = tree(briefApi.brief(null, "p3", null, "BBB", "CCC", at, null));
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

        JsonNode base = tree(briefApi.brief(null, "", null, "BBB", "CCC", null, null));
        assertThat(base.path("energy").path("disruption").isNull()
                        || base.path("energy").path("disruption").isMissingNode())
                .isTrue();
        assertThat(base.path("scenario").path("name").asText()).isEqualTo("Base case");

        assertError(() -> briefApi.brief(null, "nowhere", null, "BBB", "CCC", null, null), 400, "nowhere");
        assertError(() -> briefApi.brief(null, "p3", null, "BBB", "ZZZ", null, null), 404, "ZZZ");
        assertError(() -> briefApi.brief(null, "p3", null, "BBB", "BBB", null, null), 400, "two different");
        assertError(() -> briefApi.brief(1800, "p3", null, "BBB", "CCC", null, null), 400, "'year'");
        assertError(() -> briefApi.brief(null, "p3", "G1", "BBB", "CCC", null, null), 400, "alpha-3");
    }

    @Test
    void briefHtmlIsTheSelfContainedFileWithoutScript() throws Exception {
        LocalDate at = LocalDate.parse("2025-08-01");
        ApiResponse<java.io.File> r =
                briefApi.briefHtmlWithHttpInfo(null, "p3", null, "BBB", "CCC", at, "<script>x</script>", null);
        assertThat(r.getStatusCode()).isEqualTo(200);
        Map<String, List<String>> h = r.getHeaders();
        assertThat(h.get("content-type").get(0)).startsWith("text/html");
        assertThat(h.get("content-security-policy").get(0))
                .contains("default-src 'none'")
                .doesNotContain("script-src");
        assertThat(java.nio.file.Files.readString(r.getData().toPath()))
                .doesNotContain("<script")
                .contains("&lt;script&gt;x&lt;/script&gt;")
                .contains("id=\"rebuild\"");
        assertThat(h).doesNotContainKey("content-disposition");
        ApiResponse<java.io.File> d = briefApi.briefHtmlWithHttpInfo(null, "p3", null, "BBB", "CCC", null, null, "1");
        assertThat(d.getHeaders().get("content-disposition").get(0))
                .contains("attachment")
                .contains("brief.html");
    }
}
