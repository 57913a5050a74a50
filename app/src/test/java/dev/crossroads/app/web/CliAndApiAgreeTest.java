package dev.crossroads.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.app.cli.CrossroadsCommand;
import dev.crossroads.app.service.Json;
import dev.crossroads.core.testing.Requirements;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI and the HTTP API answer the same case with the same figures: both go through the one gas base case
 * (scenario.GasBaseCase) and the same engines. On the default pack, without a year: the latest reported year.
 */
class CliAndApiAgreeTest {
    static final Path DEFAULT_PACK = Path.of("..", "packs", "caucasus-levant");

    @TempDir
    Path tmp;

    static JsonNode cli(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CrossroadsCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void disruptAndNeedsGiveTheSameFiguresOverBothAdapters() throws Exception {
        Requirements.defaultPack(DEFAULT_PACK);
        try (TestServer s = TestServer.sqlite(DEFAULT_PACK, tmp, List.of())) {
            JsonNode byCli = cli(
                    "energy",
                    "disrupt",
                    "--cut",
                    "kilis-aleppo",
                    "--pack",
                    DEFAULT_PACK.toString(),
                    "--format",
                    "json");
            HttpResponse<String> r = s.post("/api/energy/disrupt", "{\"cut\": [\"kilis-aleppo\"]}");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode byApi = TestServer.json(r);
            assertThat(byApi.path("lostBcm").asDouble())
                    .isCloseTo(byCli.path("lostBcm").asDouble(), within(1e-9));
            assertThat(byApi.path("lostBcm").asDouble())
                    .as("the volume Syria loses")
                    .isGreaterThan(0.4);
            assertThat(byApi.path("inputCaveats")).hasSameSizeAs(byCli.path("inputCaveats"));
            assertThat(byApi.path("lostNetbackUsd").asDouble())
                    .isCloseTo(byCli.path("lostNetbackUsd").asDouble(), within(1e-3));
            for (JsonNode m : byCli.path("markets")) {
                JsonNode other = null;
                for (JsonNode n : byApi.path("markets")) {
                    if (n.path("market").asText().equals(m.path("market").asText())) {
                        other = n;
                    }
                }
                assertThat(other)
                        .as("market " + m.path("market").asText() + " over HTTP")
                        .isNotNull();
                assertThat(other.path("lostBcm").asDouble())
                        .as(m.path("market").asText())
                        .isCloseTo(m.path("lostBcm").asDouble(), within(1e-9));
            }
            JsonNode syria = null;
            for (JsonNode n : byApi.path("markets")) {
                if (n.path("market").asText().equals("syria")) {
                    syria = n;
                }
            }
            assertThat(syria).isNotNull();
            assertThat(syria.path("lostBcm").asDouble())
                    .as("Syria loses its gas over HTTP too")
                    .isGreaterThan(0.4);

            // market concentration: one definition (the hub's own markets left out) in the CLI, the API and the Brief
            double hhiCli = cli("energy", "metrics", "--pack", DEFAULT_PACK.toString(), "--format", "json")
                    .path("hhiMarkets")
                    .asDouble();
            double hhiApi = TestServer.json(s.get("/api/energy/metrics"))
                    .path("hhiMarkets")
                    .asDouble();
            double hhiBrief = TestServer.json(s.get("/api/brief?a=SYR&b=ISR"))
                    .at("/energy/hhiMarketsBefore")
                    .asDouble();
            assertThat(hhiCli).isPositive();
            assertThat(hhiApi).isCloseTo(hhiCli, within(1e-6));
            assertThat(hhiBrief).isCloseTo(hhiCli, within(1e-6));

            JsonNode needsCli = cli("rebuild", "needs", "--pack", DEFAULT_PACK.toString(), "--format", "json");
            JsonNode needsApi = TestServer.json(s.get("/api/rebuild/needs"));
            assertThat(needsCli.at("/total/centralUsd").asDouble()).isPositive();
            assertThat(needsApi.at("/total/centralUsd").asDouble())
                    .isCloseTo(needsCli.at("/total/centralUsd").asDouble(), within(1.0));
            // reference coverage: one scope per published figure, the same in the CLI, the API and the Brief
            for (JsonNode c : needsCli.path("references")) {
                JsonNode a = needsApi.path("references").get(0);
                for (JsonNode x : needsApi.path("references")) {
                    if (x.path("id").asText().equals(c.path("id").asText())) {
                        a = x;
                    }
                }
                assertThat(a.path("id").asText()).isEqualTo(c.path("id").asText());
                assertThat(a.path("comparedWith").asText())
                        .isEqualTo(c.path("comparedWith").asText());
                assertThat(a.path("coveragePercent").asDouble())
                        .isCloseTo(c.path("coveragePercent").asDouble(), within(1e-9));
            }
            JsonNode totalCli = null;
            for (JsonNode c : needsCli.path("references")) {
                if (c.path("kind").asText().equals("total")) {
                    totalCli = c;
                }
            }
            assertThat(totalCli)
                    .as("the default pack has a total to compare with")
                    .isNotNull();
            JsonNode briefRebuild =
                    TestServer.json(s.get("/api/brief?a=SYR&b=ISR")).at("/rebuild");
            JsonNode briefRef = briefRebuild.path("reference");
            assertThat(briefRef.path("comparedWith").asText())
                    .isEqualTo(totalCli.path("comparedWith").asText());
            assertThat(briefRef.path("coveragePercent").asDouble())
                    .isCloseTo(totalCli.path("coveragePercent").asDouble(), within(1e-9));
            assertThat(briefRebuild.path("groups"))
                    .as("the World Bank's three asset groups")
                    .hasSize(3);
            for (JsonNode g : briefRebuild.path("groups")) {
                JsonNode c = null;
                for (JsonNode x : needsCli.path("references")) {
                    if (x.path("id").asText().equals(g.path("id").asText())) {
                        c = x;
                    }
                }
                assertThat(c)
                        .as("the Brief's group %s is in the CLI's comparison", g.path("id"))
                        .isNotNull();
                assertThat(g.path("comparedWith").asText())
                        .isEqualTo(c.path("comparedWith").asText());
                assertThat(g.path("packCentralUsd").asDouble())
                        .isCloseTo(c.path("packCentralUsd").asDouble(), within(1.0));
                assertThat(g.path("coveragePercent").asDouble())
                        .isCloseTo(c.path("coveragePercent").asDouble(), within(1e-9));
            }
        }
    }

    /**
     * Issue 13: the Brief's rebuild figures are the CLI's for the same case: needs in total, the reference's coverage,
     * each sector and each region (central, low, high).
     */
    @Test
    void theBriefsRebuildFiguresAreTheCliNeeds() throws Exception {
        Requirements.defaultPack(DEFAULT_PACK);
        try (TestServer s = TestServer.sqlite(DEFAULT_PACK, tmp, List.of())) {
            JsonNode needs = cli("rebuild", "needs", "--pack", DEFAULT_PACK.toString(), "--format", "json");
            HttpResponse<String> r = s.get("/api/brief?a=SYR&b=ISR");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode brief = TestServer.json(r).path("rebuild");
            for (String f : List.of("lowUsd", "centralUsd", "highUsd")) {
                assertThat(brief.path(f).asDouble())
                        .as(f)
                        .isCloseTo(needs.path("total").path(f).asDouble(), within(1.0));
            }
            for (JsonNode ref : needs.path("references")) {
                if (ref.path("comparedWith").asText().equals("total")) {
                    assertThat(brief.at("/reference/coveragePercent").asDouble())
                            .isCloseTo(ref.path("coveragePercent").asDouble(), within(1e-9));
                }
            }
            assertThat(brief.path("sectors")).isNotEmpty();
            for (JsonNode share : brief.path("sectors")) {
                JsonNode cliSector = null;
                for (JsonNode x : needs.path("sectors")) {
                    if (x.path("sector").asText().equals(share.path("id").asText())) {
                        cliSector = x;
                    }
                }
                assertThat(cliSector).as("sector " + share.path("id").asText()).isNotNull();
                assertThat(share.path("centralUsd").asDouble())
                        .isCloseTo(cliSector.path("centralUsd").asDouble(), within(1.0));
            }
            assertThat(brief.path("regions")).isNotEmpty();
            for (JsonNode share : brief.path("regions")) {
                double central = 0;
                for (JsonNode l : needs.path("lines")) {
                    if (l.path("region").asText().equals(share.path("id").asText())) {
                        central += l.path("centralUsd").asDouble();
                    }
                }
                assertThat(share.path("centralUsd").asDouble())
                        .as("region " + share.path("id").asText())
                        .isCloseTo(central, within(1.0));
            }
        }
    }

    /**
     * Issue 12/13: a programme solved by 'rebuild plan' and by the rebuild.plan job with the same settings, seed and
     * deterministic work limit is the same plan: the same service by year (one definition), what binds, regions.
     */
    @Test
    void rebuildPlanGivesTheSameProgrammeOverBothAdapters() throws Exception {
        Path minimal = dev.crossroads.core.pack.TestPacks.minimal();
        try (TestServer s = TestServer.sqlite(
                minimal, tmp, List.of(new RebuildApi(dev.crossroads.app.cli.PackOption.load(minimal)).planJob()))) {
            JsonNode byCli = cli(
                    "rebuild",
                    "plan",
                    "--pack",
                    minimal.toString(),
                    "--no-progress",
                    "--seed",
                    "3",
                    "--workers",
                    "1",
                    "--work-limit",
                    "1",
                    "--budget-usd-per-year",
                    "2e8",
                    "--equity-min-share",
                    "10",
                    "--format",
                    "json");
            HttpResponse<String> r = s.post(
                    "/api/jobs/rebuild.plan",
                    "{\"seed\": 3, \"workers\": 1, \"workLimit\": 1, \"timeLimitSeconds\": 300, "
                            + "\"budgetUsdPerYear\": 2e8, \"equityMinSharePercent\": 10}");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
            JsonNode job = s.awaitJob(TestServer.json(r).path("id").asText(), java.time.Duration.ofSeconds(120));
            assertThat(job.path("status").asText()).as(job.toString()).isEqualTo("done");
            JsonNode byApi = job.path("result");
            assertThat(byApi.path("packages")).isEqualTo(byCli.path("packages"));
            assertThat(byApi.path("limits")).isEqualTo(byCli.path("limits"));
            assertThat(byApi.path("regions")).isEqualTo(byCli.path("regions"));
            assertThat(byApi.path("equity")).isEqualTo(byCli.path("equity"));
            assertThat(byCli.path("equity").path("minSharePercent").asDouble()).isEqualTo(10.0);
            assertThat(byApi.path("limits")).isNotEmpty();
            for (int y = 0; y < byCli.path("years").size(); y++) {
                assertThat(byApi.path("years")
                                .get(y)
                                .path("servicePercentAtYearEnd")
                                .asDouble())
                        .isEqualTo(byCli.path("years")
                                .get(y)
                                .path("servicePercentAtYearEnd")
                                .asDouble());
            }
            assertThat(byCli.path("assumptions").toString()).contains("equity");
        }
    }

    /**
     * A month's logistics at an iteration budget: the CLI's --iterations and the job's iterations plan the same
     * routes (the wall limits, 5 s a day on both, are outer limits a solve does not reach). On the minimal pack with
     * a materials table.
     */
    @Test
    void logisticsAtAnIterationBudgetGivesTheSamePlanOverBothAdapters() throws Exception {
        Path pack = tmp.resolve("pack");
        Path minimal = dev.crossroads.core.pack.TestPacks.minimal();
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(minimal)) {
            for (Path f : files.toList()) {
                Path to = pack.resolve(minimal.relativize(f).toString());
                if (java.nio.file.Files.isDirectory(f)) {
                    java.nio.file.Files.createDirectories(to);
                } else {
                    java.nio.file.Files.copy(f, to);
                }
            }
        }
        java.nio.file.Files.writeString(
                pack.resolve("rebuild/materials.csv"),
                "asset_class,material,tonnes_per_unit,source,confidence,note\n"
                        + "housing,cement,25,,illustrative,test\nroads,bitumen,40,,illustrative,test\n"
                        + "hospitals,cement,100,,illustrative,test\n");
        try (TestServer s = TestServer.sqlite(
                pack, tmp, List.of(new RebuildApi(dev.crossroads.app.cli.PackOption.load(pack)).logisticsJob(pack)))) {
            JsonNode byCli = cli(
                    "rebuild",
                    "logistics",
                    "--pack",
                    pack.toString(),
                    "--period",
                    "2025-06",
                    "--illustrative",
                    "--iterations",
                    "20",
                    "--time-limit",
                    "5",
                    "--format",
                    "json");
            HttpResponse<String> r = s.post(
                    "/api/jobs/rebuild.logistics",
                    "{\"period\": \"2025-06\", \"plan\": \"illustrative\", \"iterations\": 20, \"timeLimitSeconds\": 5}");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
            JsonNode job = s.awaitJob(TestServer.json(r).path("id").asText(), java.time.Duration.ofSeconds(120));
            assertThat(job.path("status").asText()).as(job.toString()).isEqualTo("done");
            JsonNode byApi = job.path("result").path("summary");
            assertThat(byCli.path("routes")).isNotEmpty();
            assertThat(byApi.path("routes").asInt())
                    .isEqualTo(byCli.path("routes").size());
            assertThat(byApi.path("unmetDeliveries").asInt())
                    .isEqualTo(byCli.path("unmet").size());
            assertThat(byApi.path("tonnesDelivered").asDouble())
                    .isEqualTo(byCli.path("tonnesDelivered").asDouble());
            assertThat(byApi.path("distanceKm").asDouble())
                    .isEqualTo(byCli.path("distanceKm").asDouble());
            assertThat(byApi.path("assumptions")).isEqualTo(byCli.path("assumptions"));
            assertThat(byApi.path("assumptions").toString()).contains("20 iterations (wall limit 5000 ms)");
        }
    }

    static JsonNode market(JsonNode list, String field, String id) {
        for (JsonNode n : list) {
            if (n.path(field).asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no " + id + " in " + list);
    }

    private static void allocationsAgree(JsonNode allocCli, JsonNode allocApi) {
        assertThat(allocApi.at("/allocation/netbackUsd").asDouble())
                .isCloseTo(allocCli.path("netbackUsd").asDouble(), within(1e-3));
        for (JsonNode m : allocCli.path("deliveries")) {
            String id = m.path("market").asText();
            assertThat(market(allocApi.at("/allocation/deliveries"), "market", id)
                            .path("deliveredBcm")
                            .asDouble())
                    .as(id)
                    .isCloseTo(m.path("deliveredBcm").asDouble(), within(1e-9));
        }
        assertThat(allocApi.path("inputCaveats")).hasSameSizeAs(allocCli.path("inputCaveats"));
    }

    @Test
    void allocateAndTheBriefGiveTheCliFiguresForTheSameCase() throws Exception {
        Requirements.defaultPack(DEFAULT_PACK);
        try (TestServer s = TestServer.sqlite(DEFAULT_PACK, tmp, List.of())) {
            String pack = DEFAULT_PACK.toString();
            // allocate, on both base cases: the defaults agree (reported, as the pack reports the year), and the
            // free optimum agrees: same netback, deliveries and caveats
            for (String base : new String[] {"", "optimum"}) {
                JsonNode allocCli = base.isEmpty()
                        ? cli("energy", "allocate", "--pack", pack, "--format", "json")
                        : cli("energy", "allocate", "--base", base, "--pack", pack, "--format", "json");
                JsonNode allocApi =
                        TestServer.json(s.get("/api/energy/allocate" + (base.isEmpty() ? "" : "?base=" + base)));
                assertThat(allocApi.path("base").asText())
                        .isEqualTo(allocCli.path("base").asText())
                        .isEqualTo(base.isEmpty() ? "reported" : base);
                allocationsAgree(allocCli, allocApi);
            }

            // the Brief's energy section for the Kilis–Aleppo cut equals the CLI's disrupt and metrics
            JsonNode disrupt = cli("energy", "disrupt", "--cut", "kilis-aleppo", "--pack", pack, "--format", "json");
            JsonNode after = cli("energy", "metrics", "--cut", "kilis-aleppo", "--pack", pack, "--format", "json");
            JsonNode before = cli("energy", "metrics", "--pack", pack, "--format", "json");
            JsonNode brief = TestServer.json(s.get("/api/brief?a=SYR&b=ISR&cut=kilis-aleppo"))
                    .path("energy");
            assertThat(brief.at("/disruption/lostBcm").asDouble())
                    .isCloseTo(disrupt.path("lostBcm").asDouble(), within(1e-9));
            // Europe's published total and the modelled deliveries beside it, as energy replay shows them
            JsonNode replay = cli("energy", "replay", "--pack", pack, "--format", "json");
            JsonNode europe = market(replay.path("groups"), "group", "Europe");
            JsonNode briefEurope = market(brief.path("reportedGroups"), "group", "europe");
            assertThat(briefEurope.path("asReportedBcm").asDouble())
                    .isEqualTo(europe.path("asReportedBcm").asDouble())
                    .isEqualTo(12.8);
            assertThat(briefEurope.path("modelledDeliveryBcm").asDouble())
                    .isCloseTo(europe.path("modelledDeliveryBcm").asDouble(), within(1e-9));
            assertThat(brief.at("/disruption/lostNetbackUsd").asDouble())
                    .isCloseTo(disrupt.path("lostNetbackUsd").asDouble(), within(1e-3));
            for (JsonNode m : brief.path("markets")) {
                JsonNode c =
                        market(disrupt.path("markets"), "market", m.path("id").asText());
                assertThat(m.path("baseBcm").asDouble())
                        .as(m.path("id").asText())
                        .isCloseTo(c.path("baseBcm").asDouble(), within(1e-9));
                assertThat(m.path("disruptedBcm").asDouble())
                        .as(m.path("id").asText())
                        .isCloseTo(c.path("disruptedBcm").asDouble(), within(1e-9));
            }
            assertThat(brief.path("deliveredBcm").asDouble())
                    .isCloseTo(before.path("deliveredBcm").asDouble(), within(1e-9));
            assertThat(brief.path("hhiMarketsBefore").asDouble())
                    .isCloseTo(before.path("hhiMarkets").asDouble(), within(1e-6));
            assertThat(brief.path("hhiTransitBefore").asDouble())
                    .isCloseTo(before.path("hhiTransitCountries").asDouble(), within(1e-6));
            assertThat(brief.at("/disruption/hhiMarketsAfter").asDouble())
                    .isCloseTo(after.path("hhiMarkets").asDouble(), within(1e-6));
            assertThat(brief.at("/disruption/hhiTransitAfter").asDouble())
                    .isCloseTo(after.path("hhiTransitCountries").asDouble(), within(1e-6));
            assertThat(brief.path("inputCaveats")).hasSameSizeAs(disrupt.path("inputCaveats"));
        }
    }
}
