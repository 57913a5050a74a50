package dev.crossroads.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.app.service.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** crossroads bench vrp on a hand-made CVRPLIB instance whose optimum is known by hand. */
class BenchVrpCommandTest {
    /**
     * Depot at the origin, four customers 10 away on the axes, capacity 2: the optimum pairs neighbours,
     * two routes of 10 + nint(14.14) + 10 = 34 each, 68 in all.
     */
    static Path instance(Path dir) throws Exception {
        Files.writeString(dir.resolve("T-n5-k2.vrp"), """
                NAME : T-n5-k2
                TYPE : CVRP
                DIMENSION : 5
                EDGE_WEIGHT_TYPE : EUC_2D
                CAPACITY : 2
                NODE_COORD_SECTION
                 1 0 0
                 2 10 0
                 3 0 10
                 4 -10 0
                 5 0 -10
                DEMAND_SECTION
                 1 0
                 2 1
                 3 1
                 4 1
                 5 1
                DEPOT_SECTION
                 1
                 -1
                EOF
                """);
        Path bks = dir.resolve("bks.json");
        Files.writeString(bks, "{\"T-n5-k2\": {\"best_known_cost\": 68}}");
        return bks;
    }

    @Test
    void jsonHasTheIssuesShapeAndTheLibrariesFiguresComeFromThePortfoliosThreads(@TempDir Path dir) throws Exception {
        Path bks = instance(dir);
        CliRun r = CliRun.of(
                "bench",
                "vrp",
                "--dir",
                dir.toString(),
                "--bks",
                bks.toString(),
                "--iterations",
                "100",
                "--solver",
                "portfolio,ortools,jsprit",
                "--format",
                "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode n = Json.MAPPER.readTree(r.out());
        List<String> keys = new ArrayList<>();
        n.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("instances", "summary", "solvers");
        List<String> summary = new ArrayList<>();
        n.get("summary").fieldNames().forEachRemaining(summary::add);
        assertThat(summary).containsExactly("instances", "meanGapPercent", "maxGapPercent");
        assertThat(n.get("summary").get("instances").asInt()).isEqualTo(1);
        assertThat(n.get("instances")).hasSize(3);
        for (JsonNode i : n.get("instances")) {
            assertThat(i.get("cost").asDouble()).as(i.get("solver").asText()).isEqualTo(68.0);
            assertThat(i.get("gapPercent").asDouble()).isZero();
            assertThat(i.get("feasible").asBoolean()).isTrue();
        }
        assertThat(n.get("instances").findValuesAsText("run"))
                .containsExactly("alone", "portfolio thread", "portfolio thread");
        assertThat(n.get("solvers").get("jsprit").get("meanGapPercent").asDouble())
                .isZero();

        CliRun apart = CliRun.of(
                "bench",
                "vrp",
                "--dir",
                dir.toString(),
                "--bks",
                bks.toString(),
                "--iterations",
                "100",
                "--solver",
                "portfolio,ortools",
                "--separately",
                "--format",
                "json");
        assertThat(Json.MAPPER.readTree(apart.out()).get("instances").findValuesAsText("run"))
                .containsExactly("alone", "alone");
    }

    @Test
    void hgsRunsBesideTheLibrariesAndIsTheDefault(@TempDir Path dir) throws Exception {
        Path bks = instance(dir);
        CliRun r = CliRun.of(
                "bench",
                "vrp",
                "--dir",
                dir.toString(),
                "--bks",
                bks.toString(),
                "--iterations",
                "100",
                "--solver",
                "hgs,ortools,jsprit",
                "--fleet-from-name",
                "--format",
                "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode n = Json.MAPPER.readTree(r.out());
        assertThat(n.get("instances").findValuesAsText("solver")).containsExactly("hgs", "ortools", "jsprit");
        for (JsonNode i : n.get("instances")) {
            assertThat(i.get("cost").asDouble()).as(i.get("solver").asText()).isEqualTo(68.0);
            assertThat(i.get("vehicles").asInt()).as(i.get("solver").asText()).isLessThanOrEqualTo(2);
            assertThat(i.get("feasible").asBoolean()).isTrue();
        }
        CliRun byDefault = CliRun.of(
                "bench",
                "vrp",
                "--dir",
                dir.toString(),
                "--bks",
                bks.toString(),
                "--iterations",
                "100",
                "--format",
                "json");
        assertThat(byDefault.exitCode()).as(byDefault.err()).isZero();
        assertThat(Json.MAPPER.readTree(byDefault.out()).get("instances").findValuesAsText("solver"))
                .containsExactly("hgs");
    }

    @Test
    void tableEndsWithEachSolversMeanAndMaxGap(@TempDir Path dir) throws Exception {
        Path bks = instance(dir);
        CliRun r = CliRun.of(
                "bench",
                "vrp",
                "--dir",
                dir.toString(),
                "--bks",
                bks.toString(),
                "--iterations",
                "100",
                "--solver",
                "jsprit,seeded");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("T-n5-k2", "68.00", "jsprit     instances 1  mean gap 0.00%", "seeded     instances 1");
    }

    @Test
    void missingBestKnownFileAndUnknownSolverAreNamed(@TempDir Path dir) throws Exception {
        instance(dir);
        CliRun noBks = CliRun.of(
                "bench",
                "vrp",
                "--dir",
                dir.toString(),
                "--bks",
                dir.resolve("nope.json").toString());
        assertThat(noBks.exitCode()).isNotZero();
        assertThat(noBks.err()).contains("no best-known file at", "nope.json");
        CliRun bad = CliRun.of(
                "bench",
                "vrp",
                "--dir",
                dir.toString(),
                "--bks",
                dir.resolve("bks.json").toString(),
                "--solver",
                "gurobi");
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.err()).contains("unknown solver 'gurobi'");
    }

    @Test
    void anIterationBudgetGivesTheSameFiguresOnEveryRun(@TempDir Path dir) throws Exception {
        Path bks = instance(dir);
        List<JsonNode> runs = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            CliRun r = CliRun.of(
                    "bench",
                    "vrp",
                    "--dir",
                    dir.toString(),
                    "--bks",
                    bks.toString(),
                    "--iterations",
                    "50",
                    "--solver",
                    "hgs,jsprit,ortools",
                    "--fleet-from-name",
                    "--format",
                    "json");
            assertThat(r.exitCode()).as(r.err()).isZero();
            runs.add(Json.MAPPER.readTree(r.out()));
        }
        assertThat(runs.get(0).get("instances").findValuesAsText("cost"))
                .containsExactly("68.0", "68.0", "68.0")
                .isEqualTo(runs.get(1).get("instances").findValuesAsText("cost"));
        CliRun bad = CliRun.of("bench", "vrp", "--dir", dir.toString(), "--bks", bks.toString(), "--iterations", "0");
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.err()).contains("--iterations must be at least 1");
    }
}
