package dev.crossroads.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.core.testing.Requirements;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The default pack's June 2026 plan: routes, deliveries and the Raqqa bridges' effect, as a user reads it. */
class LogisticsDefaultPackIT {
    static final Path PACK = Path.of("..", "packs", "caucasus-levant");

    @Test
    void juneTwentyTwentySixPlanOnTheDefaultPack() {
        Requirements.assume(
                Files.isRegularFile(PACK.resolve("rebuild/materials.csv")),
                "the default pack's rebuild/materials.csv",
                Requirements.DEFAULT_PACK_HOW);
        CliRun r = CliRun.of(
                "rebuild",
                "logistics",
                "--pack",
                PACK.toString(),
                "--period",
                "2026-06",
                "--iterations",
                "10",
                "--illustrative");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("Port of Tartus")
                .contains("raqqa-old-bridge")
                .contains("Raqqa");
        assertThat(r.out()).containsPattern("delivered [0-9,]+ t \\((9[0-9]|100)%\\)");
    }
}
