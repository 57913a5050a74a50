package dev.crossroads.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchGdeltCommandTest {
    @Test
    void aSmallRunTimesEveryStepAndStoresTheStateDyads() {
        CliRun run = CliRun.of("bench", "gdelt", "--rows", "3000", "--seed", "5");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("generate", "parse", "import", "re-run", "3,000 rows (seed 5)");
        String stored =
                run.out().replaceAll("(?s).*: ([0-9,]+) events stored.*", "$1").replace(",", "");
        assertThat(Integer.parseInt(stored))
                .as("about nine rows in ten are between two states")
                .isBetween(2_550, 2_850);
    }
}
