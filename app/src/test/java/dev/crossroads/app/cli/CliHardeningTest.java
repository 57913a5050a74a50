package dev.crossroads.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 14: command-line mistakes that succeeded wrongly or ended in an internal error (exit 3). */
class CliHardeningTest {
    @TempDir
    Path tmp;

    static String pack() {
        return RebuildCommandTest.minimal().toString();
    }

    static void oneLineError(CliRun r, int exit, String fragment) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(exit);
        assertThat(r.err())
                .startsWith("error: ")
                .contains(fragment)
                .doesNotContain("Exception")
                .doesNotContain("internal error");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "999999999", "1989", "2101"})
    void energyYearsOutsideTheModelAreRefused(String year) {
        oneLineError(
                CliRun.of("energy", "allocate", "--pack", pack(), "--year", year),
                2,
                "--year " + year + " is outside 1990 to 2100");
    }

    @Test
    void aLogisticsPeriodOutsideTheProgrammeIsRefused() {
        oneLineError(
                CliRun.of("rebuild", "logistics", "--pack", pack(), "--period", "1900-01", "--illustrative"),
                1,
                "the period 1900-01 lies outside the illustrative programme, 2025-01 to 2034-12");
    }

    @Test
    void anUnknownCrewTypeIsRefused() {
        oneLineError(
                CliRun.of("rebuild", "plan", "--pack", pack(), "--no-progress", "--crews", "nosuch=5"),
                2,
                "--crews nosuch: the pack has no crew type of that name; its types are ");
    }

    @Test
    void briefOutIntoAFolderOrUnderAFileIsAUserError() throws Exception {
        Path scenario = Files.writeString(tmp.resolve("s.json"), "{\"name\":\"x\",\"cut\":[\"p3\"]}");
        Path folder = Files.createDirectories(tmp.resolve("out"));
        oneLineError(
                CliRun.of("brief", "--pack", pack(), "--scenario", scenario.toString(), "--out", folder.toString()),
                2,
                "is a folder");
        Path file = Files.writeString(tmp.resolve("plain.txt"), "x");
        oneLineError(
                CliRun.of(
                        "brief",
                        "--pack",
                        pack(),
                        "--scenario",
                        scenario.toString(),
                        "--out",
                        file.resolve("brief.html").toString()),
                1,
                "cannot write there");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void rebuildExportIntoAMissingFolderCreatesIt() throws Exception {
        Path out = tmp.resolve("new/folder/plan.csv");
        CliRun r = CliRun.of(
                "rebuild",
                "export",
                "--pack",
                pack(),
                "--format",
                "csv",
                "--work-limit",
                "2",
                "--no-progress",
                "--out",
                out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(out)).isNotBlank();
        try (var s = Files.list(out.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("plan.csv"); // no temporary file left
        }
    }

    @Test
    void usageMistakesStartWithError() {
        CliRun r = CliRun.of("energy", "allocate", "--nosuch");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: Unknown option: '--nosuch'");
        CliRun missing = CliRun.of("rebuild", "export", "--pack", pack());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("error: Missing required option");
    }

    @Test
    void aBinaryBoundsFileIsRefusedWithItsName() throws Exception {
        Path bounds = tmp.resolve("bounds.csv");
        Files.write(bounds, new byte[] {0x7F, 'E', 'L', 'F', 0, 1, 2});
        Path dir = Files.createDirectories(tmp.resolve("sm"));
        Files.writeString(dir.resolve("a.sm"), "x", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("bench", "psplib", "--dir", dir.toString(), "--bounds", bounds.toString());
        oneLineError(r, 1, bounds + ":1:5: holds a NUL byte");
    }

    @Test
    void aNulInAScenarioNameIsRefused() throws Exception {
        Path scenario = tmp.resolve("nul.json");
        Files.writeString(scenario, "{\"name\":\"a\\u0000b\",\"cut\":[\"p3\"]}");
        oneLineError(
                CliRun.of(
                        "brief",
                        "--pack",
                        pack(),
                        "--scenario",
                        scenario.toString(),
                        "--out",
                        tmp.resolve("b.html").toString()),
                1,
                "without control characters");
    }
}
