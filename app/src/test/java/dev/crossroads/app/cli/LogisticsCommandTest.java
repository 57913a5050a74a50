package dev.crossroads.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.app.service.Json;
import dev.crossroads.core.pack.TestPacks;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LogisticsCommandTest {
    static final String MATERIALS = "asset_class,material,tonnes_per_unit,source,confidence,note\n"
            + "housing,cement,25,,illustrative,test\nroads,bitumen,40,,illustrative,test\nhospitals,cement,100,,illustrative,test\n";

    @TempDir
    Path tmp;

    Path pack;

    @BeforeEach
    void copyMinimalPackWithMaterials() throws IOException {
        Path src = TestPacks.minimal();
        pack = tmp.resolve("pack");
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : files.toList()) {
                Path to = pack.resolve(src.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        Files.writeString(pack.resolve("rebuild/materials.csv"), MATERIALS);
    }

    /** Runs the command through its own picocli command line, as the brief asks. */
    static CliRun own(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new LogisticsCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        // without --plan the command reads the latest run saved in the default database: keep the tests off it
        int code = cl.execute(java.util.Arrays.asList(args).contains("--plan") ? args : withIllustrative(args));
        return new CliRun(code, out.toString(), err.toString());
    }

    static String[] withIllustrative(String... args) {
        String[] a = java.util.Arrays.copyOf(args, args.length + 1);
        a[args.length] = "--illustrative";
        return a;
    }

    @Test
    void printsRoutesTonnesAndUnmetDeliveriesWithReasons() {
        CliRun r = own("--pack", pack.toString(), "--period", "2025-06", "--solver", "ortools", "--iterations", "50");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("Logistics plan for 2025-06")
                .contains("Routes")
                .contains("Tonnes by material")
                .contains("Deliveries that cannot be made")
                .contains("Roads closed this month");
        // the minimal pack's damaged M5 cuts Scity off until the illustrative schedule reopens it (month 4 of 2025);
        // what the road network rules out does not depend on the search, so a wall-time limit still gives it
        CliRun early =
                own("--pack", pack.toString(), "--period", "2025-02", "--solver", "ortools", "--time-limit", "0.1");
        assertThat(early.out()).contains("no open road").contains("r2 (damaged, reopens 2025-04)");
    }

    @Test
    void geojsonIsAValidFeatureCollection() throws Exception {
        CliRun r = own(
                "--pack",
                pack.toString(),
                "--period",
                "2025-06",
                "--solver",
                "ortools",
                "--iterations",
                "50",
                "--format",
                "geojson");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode root = Json.MAPPER.readTree(r.out());
        assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(root.get("features")).isNotEmpty();
        int lines = 0;
        for (JsonNode f : root.get("features")) {
            assertThat(f.get("type").asText()).isEqualTo("Feature");
            assertThat(f.get("properties").isObject()).isTrue();
            JsonNode g = f.get("geometry");
            String type = g.get("type").asText();
            assertThat(type).isIn("Point", "LineString");
            if (type.equals("Point")) {
                position(g.get("coordinates"));
            } else {
                lines++;
                assertThat(g.get("coordinates").size()).isGreaterThanOrEqualTo(2);
                g.get("coordinates").forEach(LogisticsCommandTest::position);
            }
        }
        assertThat(lines).isPositive();
    }

    static void position(JsonNode p) {
        assertThat(p.size()).isEqualTo(2);
        assertThat(p.get(0).asDouble()).isBetween(-180.0, 180.0);
        assertThat(p.get(1).asDouble()).isBetween(-90.0, 90.0);
    }

    @Test
    void jsonCarriesRoutesAndUnmet() throws Exception {
        CliRun r = own(
                "--pack",
                pack.toString(),
                "--period",
                "2025-02",
                "--solver",
                "jsprit",
                "--iterations",
                "50",
                "--format",
                "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode root = Json.MAPPER.readTree(r.out());
        assertThat(root.get("period").asText()).isEqualTo("2025-02");
        assertThat(root.get("routes").isArray()).isTrue();
        assertThat(root.get("unmet").get(0).get("reason").asText()).isEqualTo("NO_OPEN_ROAD");
    }

    /** With --iterations each day's routing stops on the budget: two runs print the same plan, whatever the load. */
    @Test
    void anIterationBudgetGivesTheSamePlanTwice() throws Exception {
        String[] args = {"--pack", pack.toString(), "--period", "2025-06", "--iterations", "20", "--format", "json"};
        CliRun first = own(args);
        CliRun second = own(args);
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).contains("20 iterations per working day");
        JsonNode a = Json.MAPPER.readTree(first.out());
        JsonNode b = Json.MAPPER.readTree(second.out());
        assertThat(a.get("routes")).isNotEmpty();
        ((com.fasterxml.jackson.databind.node.ObjectNode) a).remove("solveMillis");
        ((com.fasterxml.jackson.databind.node.ObjectNode) b).remove("solveMillis");
        assertThat(b).isEqualTo(a);
        assertThat(a.get("assumptions").toString()).contains("20 iterations (wall limit 60000 ms)");

        String dir = pack.toString();
        CliRun zero = CliRun.of(
                "rebuild", "logistics", "--pack", dir, "--period", "2025-06", "--iterations", "0", "--illustrative");
        assertThat(zero.exitCode()).isEqualTo(1);
        assertThat(zero.err()).contains("--iterations must be at least 1, got 0");
    }

    @Test
    void errorsAreOneLineMessagesThroughTheRootCommand() throws IOException {
        CliRun bad = CliRun.of("rebuild", "logistics", "--pack", pack.toString(), "--period", "June", "--illustrative");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err())
                .contains("error: --period 'June' is not a month: use YYYY-MM")
                .doesNotContain("\tat ");
        Files.delete(pack.resolve("rebuild/materials.csv"));
        CliRun missing =
                CliRun.of("rebuild", "logistics", "--pack", pack.toString(), "--period", "2025-06", "--illustrative");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("has no rebuild/materials.csv");
        Files.writeString(pack.resolve("rebuild/materials.csv"), MATERIALS + "housing,steel,lots,,illustrative,\n");
        CliRun broken =
                CliRun.of("rebuild", "logistics", "--pack", pack.toString(), "--period", "2025-06", "--illustrative");
        assertThat(broken.err()).contains("rebuild/materials.csv:5:3: 'lots' is not a number");
        Path fleet = tmp.resolve("fleet.csv");
        Files.writeString(pack.resolve("rebuild/materials.csv"), MATERIALS);
        Files.writeString(fleet, "id,home,capacity_tonnes,count,shift_start,shift_end\nt,ncity,25,1,05:00,21:00\n");
        CliRun notDepot = CliRun.of(
                "rebuild",
                "logistics",
                "--pack",
                pack.toString(),
                "--period",
                "2025-06",
                "--fleet",
                fleet.toString(),
                "--illustrative");
        assertThat(notDepot.err()).contains("not a port, border crossing or depot");
    }

    @Test
    void aSavedProgrammeGivesTheWorkUnderWayAndTheReopeningMonths() throws Exception {
        Path run = tmp.resolve("runs").resolve("base.json");
        CliRun planned = CliRun.of(
                "rebuild",
                "plan",
                "--pack",
                pack.toString(),
                "--work-limit",
                "2",
                "--no-progress",
                "--save",
                run.toString());
        assertThat(planned.exitCode()).as(planned.err()).isZero();
        JsonNode plan = Json.MAPPER.readTree(run.toFile()).get("plan");
        int startYear = plan.get("startYear").asInt();
        JsonNode first = null;
        for (JsonNode p : plan.get("packages")) {
            if (p.get("selected").asBoolean()
                    && (first == null
                            || p.get("startMonth").asInt()
                                    < first.get("startMonth").asInt())) {
                first = p;
            }
        }
        assertThat(first).as("the plan selects a package").isNotNull();
        java.time.YearMonth month = java.time.YearMonth.of(startYear, 1)
                .plusMonths(first.get("startMonth").asInt());
        java.util.Set<String> underWay = new java.util.TreeSet<>();
        int index = first.get("startMonth").asInt();
        for (JsonNode p : plan.get("packages")) {
            if (p.get("selected").asBoolean()
                    && p.get("startMonth").asInt() <= index
                    && index < p.get("endMonth").asInt()) {
                underWay.add(p.get("id").asText());
            }
        }

        CliRun r = own(
                "--pack",
                pack.toString(),
                "--period",
                month.toString(),
                "--plan",
                run.toString(),
                "--solver",
                "jsprit",
                "--iterations",
                "50",
                "--format",
                "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode root = Json.MAPPER.readTree(r.out());
        assertThat(root.get("schedule").asText()).contains("programme run base");
        java.util.Set<String> supplied = new java.util.TreeSet<>(root.findValuesAsText("workPackage"));
        supplied.remove("");
        assertThat(supplied)
                .as("only packages under way in %s", month)
                .isNotEmpty()
                .isSubsetOf(underWay);
        // the minimal pack records no road damage, so no package repairs r2 or r3: closed all programme long
        assertThat(root.get("closedSegments")).hasSize(2).allSatisfy(c -> {
            assertThat(c.get("reopens").asText()).isEqualTo("not scheduled");
            assertThat(c.get("repairedBy").asText()).isEmpty();
        });
        CliRun table = own(
                "--pack",
                pack.toString(),
                "--period",
                month.toString(),
                "--plan",
                run.toString(),
                "--solver",
                "jsprit",
                "--iterations",
                "50");
        assertThat(table.out()).contains("programme run base", "Work under way this month", "delivered to");

        CliRun outside = CliRun.of(
                "rebuild",
                "logistics",
                "--pack",
                pack.toString(),
                "--period",
                (startYear - 1) + "-06",
                "--plan",
                run.toString());
        assertThat(outside.exitCode()).isEqualTo(1);
        assertThat(outside.err()).contains("run base plans " + startYear + "-01 to", "choose a period inside it");
        Path csv = tmp.resolve("reopen.csv");
        Files.writeString(csv, "segment,asset_class,region,reopens\nr2,,,2025-03\n");
        CliRun file = own(
                "--pack",
                pack.toString(),
                "--period",
                "2025-03",
                "--plan",
                csv.toString(),
                "--solver",
                "jsprit",
                "--iterations",
                "50",
                "--format",
                "json");
        assertThat(file.exitCode()).as(file.err()).isZero();
        JsonNode fromFile = Json.MAPPER.readTree(file.out());
        assertThat(fromFile.get("schedule").asText()).contains("reopen.csv");
        assertThat(fromFile.get("closedSegments").findValuesAsText("id")).containsExactly("r3");
        CliRun unknown = CliRun.of(
                "rebuild", "logistics", "--pack", pack.toString(), "--period", "2025-06", "--plan", "nosuchrun");
        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.err()).contains("no saved run nosuchrun", "rebuild plan --save nosuchrun");
    }
}
