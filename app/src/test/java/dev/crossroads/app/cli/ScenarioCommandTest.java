package dev.crossroads.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossroads.core.pack.TestPacks;
import dev.crossroads.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crossroads scenario run|compare} in-process on the minimal pack, with a store of its own. */
class ScenarioCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path file(Path dir, String name, String json) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, json);
        return f;
    }

    @Test
    void runPrintsEveryPillarAndTheChainAndStoresTheScenario(@TempDir Path tmp) throws Exception {
        Path scenario = file(tmp, "cut.json", """
                {"name": "cut both routes", "cut": ["p3", "sw1"], "dyads": [["BBB", "CCC"]], "at": "2025-08-01"}""");
        String db = "jdbc:sqlite:" + tmp.resolve("s.db");
        CliRun r = CliRun.of(
                "scenario",
                "run",
                scenario.toString(),
                "--pack",
                TestPacks.minimal().toString(),
                "--db",
                db,
                "--format",
                "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode n = JSON.readTree(r.out());
        assertThat(n.at("/pillars/energy/markets").isArray()).isTrue();
        assertThat(n.at("/pillars/power/availableMw").isNumber()).isTrue();
        assertThat(n.at("/pillars/power/regions/0/availableMw").isNumber()).isTrue();
        assertThat(n.at("/pillars/rebuild/serviceByYear").size()).isPositive();
        assertThat(n.at("/pillars/relations/dyads/0/a").asText()).isEqualTo("BBB");
        JsonNode chain = n.get("chain");
        assertThat(chain.size()).isPositive();
        for (JsonNode step : chain) {
            assertThat(step.fieldNames()).toIterable().contains("pillar", "what", "value", "unit", "because");
        }
        assertThat(chain.findValuesAsText("pillar")).contains("energy", "power");
        try (Store s = Store.open(db)) {
            assertThat(s.scenarios().listScenarios()).hasSize(1);
            assertThat(s.runs().listRuns("scenario.run")).hasSize(1);
            assertThat(s.runs().listRuns("scenario.base-plan")).hasSize(1);
        }
        // the same scenario again: the base programme is reused, the scenario record updated, one more run
        CliRun again = CliRun.of(
                "scenario",
                "run",
                scenario.toString(),
                "--pack",
                TestPacks.minimal().toString(),
                "--db",
                db);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("Chain (cause -> effect)").contains("gas lost by Market C");
        try (Store s = Store.open(db)) {
            assertThat(s.scenarios().listScenarios()).hasSize(1);
            assertThat(s.runs().listRuns("scenario.run")).hasSize(2);
            assertThat(s.runs().listRuns("scenario.base-plan")).hasSize(1);
        }
    }

    @Test
    void aBadScenarioNamesTheFieldAndStoresNothing(@TempDir Path tmp) throws Exception {
        String db = "jdbc:sqlite:" + tmp.resolve("s.db");
        Path unknownPartner = file(tmp, "p.json", """
                {"name": "x", "rebuild": {"partners": [{"partner": "nobody"}]}}""");
        CliRun r = CliRun.of(
                "scenario",
                "run",
                unknownPartner.toString(),
                "--pack",
                TestPacks.minimal().toString(),
                "--db",
                db);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err())
                .startsWith("error: ")
                .contains("rebuild.partners")
                .contains("nobody")
                .doesNotContain("Exception");
        Path unknownField = file(tmp, "f.json", """
                {"name": "x", "energy": {"capacity": {"p3": 1}}}""");
        CliRun f = CliRun.of(
                "scenario",
                "run",
                unknownField.toString(),
                "--pack",
                TestPacks.minimal().toString(),
                "--db",
                db);
        assertThat(f.exitCode()).isEqualTo(1);
        assertThat(f.err())
                .contains(unknownField.toString())
                .contains("energy.capacity")
                .contains("capacityBcm");
        Path unknownArc = file(tmp, "a.json", """
                {"name": "x", "cut": ["nosuch"]}""");
        CliRun a = CliRun.of(
                "scenario",
                "run",
                unknownArc.toString(),
                "--pack",
                TestPacks.minimal().toString(),
                "--db",
                db);
        assertThat(a.exitCode()).isEqualTo(1);
        assertThat(a.err()).contains("nosuch");
        try (Store s = Store.open(db)) {
            assertThat(s.scenarios().listScenarios()).isEmpty();
            assertThat(s.runs().listRuns("scenario.run")).isEmpty();
        }
    }

    @Test
    void compareListsTheFiguresThatDiffer(@TempDir Path tmp) throws Exception {
        Path a = file(tmp, "a.json", """
                {"name": "A", "cut": ["sw1"], "dyads": [["BBB", "CCC"]], "at": "2025-08-01"}""");
        Path b = file(tmp, "b.json", """
                {"name": "B", "cut": ["p3", "sw1"], "dyads": [["BBB", "CCC"]], "at": "2025-08-01"}""");
        CliRun r = CliRun.of(
                "scenario",
                "compare",
                a.toString(),
                b.toString(),
                "--pack",
                TestPacks.minimal().toString(),
                "--db",
                "jdbc:sqlite:" + tmp.resolve("c.db"),
                "--format",
                "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode rows = JSON.readTree(r.out()).get("rows");
        assertThat(rows.findValuesAsText("pillar")).contains("energy", "power");
        assertThat(rows.findValuesAsText("what")).contains("gas delivered to Market C");
    }

    @Test
    void samplesGiveTheSameSpreadOnOneThreadAndTwo(@TempDir Path tmp) throws Exception {
        Path s = file(tmp, "s.json", """
                {"name": "S", "cut": ["sw1"], "at": "2025-08-01"}""");
        String db = "jdbc:sqlite:" + tmp.resolve("u.db");
        CliRun one = CliRun.of(
                "scenario",
                "run",
                s.toString(),
                "--pack",
                TestPacks.minimal().toString(),
                "--db",
                db,
                "--format",
                "json",
                "--samples",
                "12",
                "--seed",
                "5",
                "--threads",
                "1");
        CliRun two = CliRun.of(
                "scenario",
                "run",
                s.toString(),
                "--pack",
                TestPacks.minimal().toString(),
                "--db",
                db,
                "--format",
                "json",
                "--samples",
                "12",
                "--seed",
                "5",
                "--threads",
                "2");
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(two.exitCode()).as(two.err()).isZero();
        JsonNode u1 = JSON.readTree(one.out()).get("uncertainty");
        JsonNode u2 = JSON.readTree(two.out()).get("uncertainty");
        assertThat(u1.get("figures")).isEqualTo(u2.get("figures"));
        assertThat(u1.get("inputs").size()).isPositive();
        for (JsonNode f : u1.get("figures")) {
            assertThat(f.get("p10").asDouble())
                    .isLessThanOrEqualTo(f.get("median").asDouble() + 1e-9);
            assertThat(f.get("median").asDouble())
                    .isLessThanOrEqualTo(f.get("p90").asDouble() + 1e-9);
        }
    }
}
