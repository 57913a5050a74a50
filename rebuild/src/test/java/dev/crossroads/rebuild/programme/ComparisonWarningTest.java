package dev.crossroads.rebuild.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** rebuild compare warns when two runs were solved to different quality. */
class ComparisonWarningTest {
    private static Plan plan(double service, double gapPercent, String stoppedBy) {
        Plan.SolveStats st = new Plan.SolveStats(
                "feasible",
                1,
                300,
                0.1,
                0.5,
                gapPercent,
                3,
                stoppedBy,
                stoppedBy.equals("work-limit"),
                7,
                2,
                2,
                2,
                service * (1 + gapPercent / 100),
                gapPercent,
                0.1,
                gapPercent,
                "");
        return new Plan(
                "feasible",
                12,
                2027,
                service,
                service * (1 + gapPercent / 100),
                1e6,
                1,
                1,
                6,
                "2027-06",
                List.of(),
                List.of(0.0),
                List.of(),
                List.of(),
                List.of(),
                st,
                List.of());
    }

    @Test
    void gapsFarApartAreAWarningThatNamesBothGaps() {
        Comparison c = Comparison.of("base", plan(100, 2, "work-limit"), "aze", plan(110, 30, "work-limit"));
        assertThat(c.warnings())
                .anySatisfy(w -> assertThat(w).contains("differ by 28.0 points", "base 2.0%", "aze 30.0%"));
    }

    @Test
    void closeGapsAndAClearDifferenceGiveNoWarning() {
        Comparison c = Comparison.of("base", plan(100, 2, "work-limit"), "aze", plan(120, 3, "proved"));
        assertThat(c.warnings()).isEmpty();
    }

    @Test
    void aDifferenceWithinTheGapAndAWallClockStopAreSaid() {
        Comparison c = Comparison.of("base", plan(100, 10, "work-limit"), "aze", plan(104, 12, "time-limit"));
        assertThat(c.warnings())
                .anySatisfy(w -> assertThat(w).contains("within the larger gap"))
                .anySatisfy(w -> assertThat(w).contains("run aze was stopped by the wall clock"));
    }
}
