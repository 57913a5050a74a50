package dev.crossroads.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.app.service.Json;
import dev.crossroads.core.pack.TestPacks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PackCommandTest {
    @TempDir
    Path tmp;

    @Test
    void validateMinimalPackPrintsSummaryAndExitsZero() {
        CliRun r = CliRun.of("pack", "validate", TestPacks.minimal().toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("minimal (Minimal test pack), as of 2025-12-31: valid")
                .contains("gas/pipelines.csv")
                .contains("with a source");
    }

    static List<String> malformed() {
        return TestPacks.malformedNames();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void validateMalformedPackPrintsEveryProblemWithoutStackTrace(String name) throws Exception {
        Path dir = TestPacks.materialise(name, tmp.resolve(name));
        CliRun r = CliRun.of("pack", "validate", dir.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        for (String expected : TestPacks.expected(name)) {
            assertThat(r.err()).contains(expected);
        }
        assertThat(r.err())
                .contains("the pack cannot be loaded")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void showGasAsJsonIsReadableByATool() throws Exception {
        CliRun r = CliRun.of(
                "pack", "show", "--pack", TestPacks.minimal().toString(), "--section", "gas", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode gas = Json.MAPPER.readTree(r.out());
        assertThat(gas.get("pipelines")).hasSize(3);
        JsonNode p1 = gas.get("pipelines").get(0);
        assertThat(p1.get("id").asText()).isEqualTo("p1");
        assertThat(p1.get("capacityBcmPerYear").asDouble()).isEqualTo(16.0);
        assertThat(p1.get("transitFeeShare").asDouble()).isEqualTo(0.05);
        assertThat(p1.get("lengthKm").asDouble()).isEqualTo(692.0);
        assertThat(gas.get("pipelines").get(1).get("lengthKm").isNull()).isTrue();
        assertThat(p1.get("provenance").get("sourceIds").get(0).asText()).isEqualTo("s1");
        assertThat(gas.get("swaps").get(0).get("via").asText()).isEqualTo("BBB");
    }

    @Test
    void showEverySectionAsTableAndCsv() {
        for (String section :
                List.of("countries", "actors", "relations", "events", "gas", "rebuild", "roads", "sources", "power")) {
            CliRun t = CliRun.of("pack", "show", "--pack", TestPacks.minimal().toString(), "--section", section);
            assertThat(t.exitCode()).as(section + ": " + t.err()).isZero();
            assertThat(t.out()).as(section).isNotBlank();
            CliRun c = CliRun.of(
                    "pack", "show", "--pack", TestPacks.minimal().toString(), "--section", section, "--format", "csv");
            assertThat(c.exitCode()).isZero();
            assertThat(c.out().lines().count()).as(section).isGreaterThan(1);
        }
    }

    @Test
    void missingPackFolderIsOneLineError() {
        CliRun r = CliRun.of("pack", "show", "--pack", tmp.resolve("absent").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("error: no region pack at").doesNotContain("\n");
    }

    @Test
    void unknownSectionIsAUsageError() {
        CliRun r = CliRun.of("pack", "show", "--pack", TestPacks.minimal().toString(), "--section", "weather");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("weather");
    }

    @Test
    void versionAndHelp() {
        assertThat(CliRun.of("--version").out()).startsWith("crossroads ");
        assertThat(CliRun.of("--help").out()).contains("pack").contains("Exit codes");
    }

    @Test
    void loadStoresThePackOnceInSqlite() {
        String db = "jdbc:sqlite:" + tmp.resolve("x.db");
        CliRun first = CliRun.of("pack", "load", "--pack", TestPacks.minimal().toString(), "--db", db);
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("stored pack minimal@").contains("2 sources, 2 curated events");
        CliRun second = CliRun.of("pack", "load", "--pack", TestPacks.minimal().toString(), "--db", db);
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("already stored");
        try (var store = dev.crossroads.store.Store.open(db)) {
            assertThat(store.packs().listPacks()).hasSize(1);
            assertThat(store.events().countEvents()).isEqualTo(2);
        }
    }

    @Test
    void loadIntoAnUnreachableDatabaseIsOneLineError() {
        CliRun r = CliRun.of(
                "pack",
                "load",
                "--pack",
                TestPacks.minimal().toString(),
                "--db",
                "jdbc:postgresql://127.0.0.1:1/none?user=x&password=y");
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).startsWith("error: cannot open database").doesNotContain("\tat ");
    }
}
