package dev.crossroads.rebuild.programme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.rebuild.RebuildEngine;
import dev.crossroads.rebuild.schedule.SolveParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Seeded random programmes: every plan passes the independent checker and every start is explained. */
class RandomProgrammeTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void plansOfRandomProgrammesAreFeasibleAndExplained(int seed) {
        Random rnd = new Random(seed);
        int n = 6 + rnd.nextInt(8);
        List<WorkPackage> ps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> preds = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                if (rnd.nextDouble() < 0.2) {
                    preds.add("P" + j);
                }
            }
            String type = rnd.nextBoolean() ? "x" : "y";
            ps.add(new WorkPackage(
                    "P" + i,
                    "R" + rnd.nextInt(3),
                    "c" + i,
                    "housing",
                    1,
                    1,
                    1,
                    1e6 * (1 + rnd.nextInt(20)),
                    1 + rnd.nextInt(10),
                    type,
                    1 + rnd.nextInt(3),
                    1000 * (1 + rnd.nextInt(100)),
                    1 + rnd.nextInt(5),
                    preds,
                    false));
        }
        Programme p =
                new Programme(ps, 36, 2026, Map.of("x", 4, "y", 3), List.of(20e6, 20e6, 20e6), List.of(), List.of());
        Plan plan = RebuildEngine.plan(p, new SolveParameters(300, 1, 0, 10), (t, o, b) -> {});
        assertThat(PlanChecker.check(p, plan)).as("seed %d", seed).isEmpty();
        for (Plan.PackageOutcome o : plan.packages()) {
            assertThat(o.decidingConstraint())
                    .as("seed %d, %s", seed, o.id())
                    .isIn("programme-start", "predecessor", "crew", "budget", "left-out", "none");
            if (plan.status().equals("optimal") && o.selected() && o.populationServed() > 0) {
                assertThat(o.decidingConstraint())
                        .as("seed %d: an optimal plan starts %s as early as it can", seed, o.id())
                        .isNotEqualTo("none");
            }
        }
    }
}
