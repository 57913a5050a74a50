package dev.crossroads.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void printsRoutesTonnesAndUnmetDeliveriesWithReasons() {
        CliRun r = own("--pack", pack.toString(), "--period", "2025-06", "--solver", "ortools", "--time-limit", "0.1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Logistics plan for 2025-06").contains("Routes").contains("Tonnes by material")
                .contains("Deliveries that cannot be made").contains("Roads closed this month");
        // the minimal pack's damaged M5 cuts Scity off until the illustrative schedule reopens it (month 4 of 2025)
        CliRun early = own("--pack", pack.toString(), "--period", "2025-02", "--solver", "ortools", "--time-limit", "0.1");
        assertThat(early.out()).contains("no open road").contains("r2 (damaged, reopens 2025-04)");
    }

    @Test
    void geojsonIsAValidFeatureCollection() throws Exception {
        CliRun r = own("--pack", pack.toString(), "--period", "2025-06", "--solver", "ortools", "--time-limit", "0.1", "--format", "geojson");
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
        CliRun r = own("--pack", pack.toString(), "--period", "2025-02", "--solver", "jsprit", "--time-limit", "0.1", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode root = Json.MAPPER.readTree(r.out());
        assertThat(root.get("period").asText()).isEqualTo("2025-02");
        assertThat(root.get("routes").isArray()).isTrue();
        assertThat(root.get("unmet").get(0).get("reason").asText()).isEqualTo("NO_OPEN_ROAD");
    }

    @Test
    void errorsAreOneLineMessagesThroughTheRootCommand() throws IOException {
        CliRun bad = CliRun.of("rebuild", "logistics", "--pack", pack.toString(), "--period", "June");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("error: --period 'June' is not a month: use YYYY-MM").doesNotContain("\tat ");
        Files.delete(pack.resolve("rebuild/materials.csv"));
        CliRun missing = CliRun.of("rebuild", "logistics", "--pack", pack.toString(), "--period", "2025-06");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("has no rebuild/materials.csv");
        Files.writeString(pack.resolve("rebuild/materials.csv"), MATERIALS + "housing,steel,lots,,illustrative,\n");
        CliRun broken = CliRun.of("rebuild", "logistics", "--pack", pack.toString(), "--period", "2025-06");
        assertThat(broken.err()).contains("rebuild/materials.csv:5:3: 'lots' is not a number");
        Path fleet = tmp.resolve("fleet.csv");
        Files.writeString(pack.resolve("rebuild/materials.csv"), MATERIALS);
        Files.writeString(fleet, "id,home,capacity_tonnes,count,shift_start,shift_end\nt,ncity,25,1,05:00,21:00\n");
        CliRun notDepot = CliRun.of("rebuild", "logistics", "--pack", pack.toString(), "--period", "2025-06", "--fleet", fleet.toString());
        assertThat(notDepot.err()).contains("not a port, border crossing or depot");
    }
}
