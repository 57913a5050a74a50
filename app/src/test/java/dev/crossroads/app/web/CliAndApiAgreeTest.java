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
}
