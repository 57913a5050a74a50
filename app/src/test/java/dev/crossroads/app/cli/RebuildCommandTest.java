package dev.crossroads.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.app.service.Json;
import dev.crossroads.core.pack.TestPacks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** crossroads rebuild needs|plan|compare|export and bench psplib on the minimal test pack and hand-made files. */
class RebuildCommandTest {
    static Path minimal() {
        Path src = Path.of("..", "core", "src", "test", "resources", "packs", "minimal");
        return Files.isDirectory(src) ? src : TestPacks.minimal();
    }

    @Test
    void needsPrintsSectorsTotalsAndTheReferenceCoverage() throws Exception {
        CliRun r = CliRun.of("rebuild", "needs", "--pack", minimal().toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("TOTAL", "120.0 m", "216.00 bn", "140.00 bn - 345.00 bn", "Completeness");
        CliRun j = CliRun.of("rebuild", "needs", "--pack", minimal().toString(), "--format", "json");
        JsonNode n = Json.MAPPER.readTree(j.out());
        assertThat(n.get("total").get("centralUsd").asDouble()).isEqualTo(120e6);
        assertThat(n.get("references").get(0).get("coveragePercent").asDouble()).isGreaterThan(0);
        assertThat(r.out()).contains("Coverage by sector", "all sectors but clearance", "not itemised");
        // every sector with an asset class is listed, rows or not (the minimal pack has no roads rows)
        assertThat(n.get("coverage").findValuesAsText("sector"))
                .containsExactly("housing", "health", "energy", "transport", "clearance");
    }

    @Test
    void planPrintsTheScheduleAndJsonCarriesTheExplainedPackages() throws Exception {
        CliRun r = CliRun.of("rebuild", "plan", "--pack", minimal().toString(), "--work-limit", "2", "--no-progress");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("CC-02/hospitals", "start decided by", "illustrative", "service restored");
        CliRun j = CliRun.of(
                "rebuild",
                "plan",
                "--pack",
                minimal().toString(),
                "--work-limit",
                "2",
                "--no-progress",
                "--format",
                "json");
        JsonNode plan = Json.MAPPER.readTree(j.out());
        assertThat(plan.get("packages")).hasSize(3);
        for (JsonNode p : plan.get("packages")) {
            assertThat(p.get("decidingConstraint").asText()).isNotBlank();
        }
        assertThat(plan.get("years").get(0).get("spendUsd").asDouble()).isPositive();
        assertThat(plan.get("crewsByMonth")).isNotEmpty();
    }

    @Test
    void aBudgetTooSmallForARequiredClassSaysWhichYear() {
        CliRun r = CliRun.of(
                "rebuild",
                "plan",
                "--pack",
                minimal().toString(),
                "--work-limit",
                "2",
                "--no-progress",
                "--require",
                "hospitals",
                "--budget-usd-per-year",
                "5e6",
                "--horizon-months",
                "24");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: ").contains("budget").containsPattern("year 20\\d\\d");
    }

    @Test
    void aCrewTypeWithoutCrewsNamesThePackageAndTheType() {
        CliRun r = CliRun.of(
                "rebuild", "plan", "--pack", minimal().toString(), "--no-progress", "--crews", "electrical=0");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("CC-01/power", "electrical");
    }

    @Test
    void compareReadsTwoSavedRunsAndExportWritesMspdiAndCsv(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("base.json");
        Path b = dir.resolve("partner.json");
        assertThat(CliRun.of(
                                "rebuild",
                                "plan",
                                "--pack",
                                minimal().toString(),
                                "--no-progress",
                                "--work-limit",
                                "2",
                                "--crews",
                                "building=1",
                                "--save",
                                a.toString())
                        .exitCode())
                .isZero();
        CliRun pb = CliRun.of(
                "rebuild",
                "plan",
                "--pack",
                minimal().toString(),
                "--no-progress",
                "--work-limit",
                "2",
                "--crews",
                "building=1",
                "--partner",
                "pa=housing",
                "--save",
                b.toString());
        assertThat(pb.exitCode()).as(pb.err()).isZero();
        CliRun c = CliRun.of("rebuild", "compare", a.toString(), b.toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.out()).contains("service A", "service B", "last package ends", "hospitals");
        JsonNode cj =
                Json.MAPPER.readTree(CliRun.of("rebuild", "compare", a.toString(), b.toString(), "--format", "json")
                        .out());
        assertThat(cj.get("years")).isNotEmpty();
        // with the partner housing no longer competes with hospitals for the one building crew
        assertThat(cj.get("b").get("serviceRestored").asDouble())
                .isGreaterThan(cj.get("a").get("serviceRestored").asDouble());

        Path xml = dir.resolve("plan.xml");
        CliRun x = CliRun.of("rebuild", "export", "--format", "mspdi", "--run", b.toString(), "--out", xml.toString());
        assertThat(x.exitCode()).as(x.err()).isZero();
        String text = Files.readString(xml);
        assertThat(text).contains("<Project", "CC-02/hospitals", "<Cost>");
        CliRun csv = CliRun.of("rebuild", "export", "--format", "csv", "--run", a.toString());
        assertThat(csv.out().lines().count()).isEqualTo(4);
        assertThat(csv.out()).startsWith("id,region,asset_class");
    }

    @Test
    void twoRunsWithSeedSevenGiveTheSamePlanAndSayWhatStoppedThem() throws Exception {
        String[] args = {
            "rebuild",
            "plan",
            "--pack",
            minimal().toString(),
            "--no-progress",
            "--seed",
            "7",
            "--work-limit",
            "1",
            "--crews",
            "building=1",
            "--format",
            "json"
        };
        JsonNode a = Json.MAPPER.readTree(CliRun.of(args).out());
        JsonNode b = Json.MAPPER.readTree(CliRun.of(args).out());
        assertThat(b.get("packages")).isEqualTo(a.get("packages"));
        assertThat(b.get("years")).isEqualTo(a.get("years"));
        assertThat(a.get("solve").get("seed").asInt()).isEqualTo(7);
        assertThat(a.get("solve").get("stoppedBy").asText()).isIn("proved", "work-limit");
        assertThat(a.get("solve").get("reproducible").asBoolean()).isTrue();
        assertThat(a.get("solve").get("lpBound").asDouble())
                .isGreaterThanOrEqualTo(a.get("serviceRestored").asDouble());
        CliRun t = CliRun.of("rebuild", "plan", "--pack", minimal().toString(), "--no-progress", "--seed", "7");
        assertThat(t.out()).contains("Stopped by:", "seed 7", "Bound: LP relaxation");
    }

    @Test
    void aRunWithAPartnerWarmStartedFromTheBaseRunNeverReportsLess(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("base.json");
        assertThat(CliRun.of(
                                "rebuild",
                                "plan",
                                "--pack",
                                minimal().toString(),
                                "--no-progress",
                                "--crews",
                                "building=1",
                                "--save",
                                a.toString())
                        .exitCode())
                .isZero();
        CliRun pb = CliRun.of(
                "rebuild",
                "plan",
                "--pack",
                minimal().toString(),
                "--no-progress",
                "--crews",
                "building=1",
                "--partner",
                "pa=housing",
                "--warm-start",
                a.toString(),
                "--format",
                "json");
        assertThat(pb.exitCode()).as(pb.err()).isZero();
        JsonNode base = Json.MAPPER.readTree(Files.readString(a)).get("plan");
        JsonNode more = Json.MAPPER.readTree(pb.out());
        assertThat(more.get("serviceRestored").asDouble())
                .isGreaterThanOrEqualTo(base.get("serviceRestored").asDouble());
        assertThat(more.get("solve").get("warmStart").asText()).isNotEmpty();
    }

    /** Issue 12: saved runs live in the store; old run files come in once through 'rebuild runs import'. */
    @Test
    void savedRunsLiveInTheStoreAndOldRunFilesImportOnceAllOrNothing(@TempDir Path dir) throws Exception {
        String db = "jdbc:sqlite:" + dir.resolve("c.db");
        String[] plan = {
            "rebuild", "plan", "--pack", minimal().toString(), "--no-progress", "--crews", "building=1", "--db", db
        };
        CliRun base = CliRun.of(concat(plan, "--save", "base"));
        assertThat(base.exitCode()).as(base.err()).isZero();
        assertThat(base.err()).contains("saved run base in " + db);
        CliRun aze = CliRun.of(concat(plan, "--partner", "pa=housing", "--warm-start", "base", "--save", "aze"));
        assertThat(aze.exitCode()).as(aze.err()).isZero();
        CliRun c = CliRun.of("rebuild", "compare", "base", "aze", "--db", db);
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.out()).contains("A = base", "B = aze", "--partner pa=housing");
        CliRun x = CliRun.of("rebuild", "export", "--format", "csv", "--run", "base", "--db", db);
        assertThat(x.exitCode()).as(x.err()).isZero();
        assertThat(x.out()).startsWith("id,region,asset_class");
        CliRun list = CliRun.of("rebuild", "runs", "list", "--db", db);
        assertThat(list.out()).contains("base", "aze");
        assertThat(list.out().indexOf("aze")).isLessThan(list.out().indexOf("base"));
        CliRun missing = CliRun.of("rebuild", "compare", "base", "nosuch", "--db", db);
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no saved run nosuch", "rebuild plan --save nosuch");

        // run files written by the earlier version: imported once, idempotent, a bad file imports nothing
        Path runs = Files.createDirectories(dir.resolve("runs"));
        CliRun old = CliRun.of(
                "rebuild",
                "plan",
                "--pack",
                minimal().toString(),
                "--no-progress",
                "--save",
                runs.resolve("old.json").toString());
        assertThat(old.exitCode()).as(old.err()).isZero();
        Files.writeString(runs.resolve("broken.json"), "{\"id\": \"broken\", \"plan\": {\"status\": ");
        String db2 = "jdbc:sqlite:" + dir.resolve("d.db");
        CliRun bad = CliRun.of("rebuild", "runs", "import", runs.toString(), "--db", db2);
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("broken.json", "line");
        assertThat(CliRun.of("rebuild", "runs", "list", "--db", db2).out()).contains("no saved programme runs");
        Files.delete(runs.resolve("broken.json"));
        CliRun first = CliRun.of("rebuild", "runs", "import", runs.toString(), "--db", db2);
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("1 stored (old)", "0 already stored");
        CliRun again = CliRun.of("rebuild", "runs", "import", runs.toString(), "--db", db2);
        assertThat(again.out()).contains("0 stored", "1 already stored (old)");
        CliRun fromStore = CliRun.of("rebuild", "export", "--format", "csv", "--run", "old", "--db", db2);
        CliRun fromFile = CliRun.of(
                "rebuild",
                "export",
                "--format",
                "csv",
                "--run",
                runs.resolve("old.json").toString());
        assertThat(fromStore.out()).isEqualTo(fromFile.out());
        // the same id with other content is a conflict unless --replace
        CliRun other = CliRun.of(
                "rebuild",
                "plan",
                "--pack",
                minimal().toString(),
                "--no-progress",
                "--crews",
                "building=1",
                "--save",
                runs.resolve("old.json").toString());
        assertThat(other.exitCode()).isZero();
        CliRun clash = CliRun.of("rebuild", "runs", "import", runs.toString(), "--db", db2);
        assertThat(clash.exitCode()).isEqualTo(1);
        assertThat(clash.err()).contains("old.json", "--replace");
        assertThat(CliRun.of("rebuild", "runs", "import", runs.toString(), "--db", db2, "--replace")
                        .out())
                .contains("1 stored (old)");
    }

    static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void compareNamesAMissingRun() {
        CliRun c = CliRun.of("rebuild", "compare", "/nonexistent/a.json", "/nonexistent/b.json");
        assertThat(c.exitCode()).isEqualTo(1);
        assertThat(c.err()).contains("no saved run");
    }

    @Test
    void benchPsplibPrintsTheExactJsonShape(@TempDir Path dir) throws Exception {
        String sm = """
                jobs (incl. supersource/sink ):  4
                horizon                       :  10
                  - renewable                 :  1   R
                ************************************************************************
                PRECEDENCE RELATIONS:
                jobnr.    #modes  #successors   successors
                   1        1          2           2   3
                   2        1          1           4
                   3        1          1           4
                   4        1          0
                ************************************************************************
                REQUESTS/DURATIONS:
                jobnr. mode duration  R 1
                ------------------------------------------------------------------------
                  1      1     0       0
                  2      1     3       1
                  3      1     2       1
                  4      1     0       0
                ************************************************************************
                RESOURCEAVAILABILITIES:
                  R 1
                    1
                ************************************************************************
                """;
        Files.writeString(dir.resolve("t1_1.sm"), sm);
        Files.writeString(dir.resolve("t1_2.sm"), sm.replace("  2      1     3       1", "  2      1     4       1"));
        Path bounds = dir.resolve("bounds.csv");
        Files.writeString(
                bounds, "instance,lower_bound,best_known_makespan,proven_optimal\nt1_1.sm,5,5,yes\nt1_2.sm,6,6,yes\n");
        CliRun r = CliRun.of(
                "bench",
                "psplib",
                "--dir",
                dir.toString(),
                "--bounds",
                bounds.toString(),
                "--work-limit",
                "5",
                "--format",
                "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode n = Json.MAPPER.readTree(r.out());
        List<String> keys = new ArrayList<>();
        n.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("instances", "summary");
        List<String> summary = new ArrayList<>();
        n.get("summary").fieldNames().forEachRemaining(summary::add);
        assertThat(summary).containsExactly("instances", "optimal", "meanGapPercent", "maxGapPercent");
        assertThat(n.get("summary").get("instances").asInt()).isEqualTo(2);
        assertThat(n.get("summary").get("optimal").asInt()).isEqualTo(2);
        assertThat(n.get("instances").get(1).get("makespan").asInt()).isEqualTo(6);
        CliRun every = CliRun.of(
                "bench",
                "psplib",
                "--dir",
                dir.toString(),
                "--bounds",
                bounds.toString(),
                "--every",
                "2",
                "--format",
                "json");
        assertThat(Json.MAPPER
                        .readTree(every.out())
                        .get("summary")
                        .get("instances")
                        .asInt())
                .isEqualTo(1);
        // both methods side by side on each instance: a summary per method, every schedule checked
        CliRun both = CliRun.of(
                "bench",
                "psplib",
                "--dir",
                dir.toString(),
                "--bounds",
                bounds.toString(),
                "--method",
                "lns,cp",
                "--format",
                "json");
        assertThat(both.exitCode()).as(both.err()).isZero();
        JsonNode b = Json.MAPPER.readTree(both.out());
        assertThat(b.get("instances")).hasSize(4);
        assertThat(b.get("instances").get(0).get("method").asText()).isEqualTo("lns");
        assertThat(b.get("instances").get(1).get("method").asText()).isEqualTo("cp");
        assertThat(b.get("methods").get("lns").get("optimal").asInt()).isEqualTo(2);
        assertThat(b.get("methods").get("cp").get("optimal").asInt()).isEqualTo(2);
        assertThat(b.get("instances").findValuesAsText("feasible")).containsOnly("true");
        CliRun bad = CliRun.of("bench", "psplib", "--dir", dir.toString(), "--method", "tabu");
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.err()).contains("unknown --method 'tabu'");
    }
}
