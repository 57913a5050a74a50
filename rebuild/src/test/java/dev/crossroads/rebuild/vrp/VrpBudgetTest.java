package dev.crossroads.rebuild.vrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Iteration budgets make the routing solvers reproducible: the same problem, seed and iteration budget give the same
 * solution on every run, whatever the machine's load (the wall limit here is a distant outer limit, never reached).
 */
class VrpBudgetTest {
    /** Outer safety limit only: every search here stops on its iteration budget long before. */
    static final Duration OUTER = Duration.ofMinutes(5);

    @ParameterizedTest
    @ValueSource(strings = {"hgs", "jsprit", "ortools", "portfolio", "seeded"})
    void theSameSeedAndIterationBudgetGiveTheSameSolutionOnACvrp(String solver) {
        VrpProblem p = cvrp(11, 30);
        VrpBudget budget = VrpBudget.iterations(300, OUTER);
        VrpSolution a = VrpSolvers.byName(solver).solve(p, budget);
        VrpSolution b = VrpSolvers.byName(solver).solve(p, budget);
        assertThat(VrpValidator.violations(p, a)).as(solver).isEmpty();
        assertThat(a.unassigned()).as(solver).isEmpty();
        assertThat(b.routes()).as("%s: the second run's routes", solver).isEqualTo(a.routes());
        assertThat(b.distance()).as(solver).isEqualTo(a.distance());
        assertThat(b.solver()).isEqualTo(a.solver());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jsprit", "ortools", "portfolio"})
    void theSameSeedAndIterationBudgetGiveTheSameSolutionWithTimeWindows(String solver) {
        VrpProblem p = VrpSolversTest.random(12, 25);
        VrpBudget budget = VrpBudget.iterations(200, OUTER);
        VrpSolution a = VrpSolvers.byName(solver).solve(p, budget);
        VrpSolution b = VrpSolvers.byName(solver).solve(p, budget);
        assertThat(VrpValidator.violations(p, a)).as(solver).isEmpty();
        assertThat(b.routes()).as("%s: the second run's routes", solver).isEqualTo(a.routes());
        assertThat(b.distance()).as(solver).isEqualTo(a.distance());
    }

    @Test
    void aLargerHgsBudgetNeverEndsWorseOnTheSameSeed() {
        // HGS keeps its best solution and its first offspring do not depend on the budget, so the longer run
        // passes through the shorter one (not so for jsprit, whose acceptance threshold anneals over the budget)
        VrpProblem p = cvrp(13, 30);
        VrpSolution small = VrpSolvers.byName("hgs").solve(p, VrpBudget.iterations(50, OUTER));
        VrpSolution large = VrpSolvers.byName("hgs").solve(p, VrpBudget.iterations(400, OUTER));
        assertThat(large.distance()).isLessThanOrEqualTo(small.distance() + 1e-9);
    }

    @Test
    void theWallLimitAloneStillWorks() {
        VrpProblem p = cvrp(14, 15);
        VrpSolution s = VrpSolvers.byName("jsprit").solve(p, Duration.ofMillis(300));
        assertThat(VrpValidator.violations(p, s)).isEmpty();
        assertThat(VrpBudget.wall(Duration.ofMillis(300)).deterministic()).isFalse();
    }

    @Test
    void aBudgetIsValidatedAndSplitsItsIterationsAndWallTime() {
        VrpBudget b = VrpBudget.iterations(1000, Duration.ofSeconds(10));
        VrpBudget quarter = b.share(0.25);
        assertThat(quarter.iterations()).isEqualTo(OptionalLong.of(250));
        assertThat(quarter.wallLimit()).isEqualTo(Duration.ofMillis(2500));
        assertThat(VrpBudget.iterations(1, Duration.ofSeconds(1)).share(0.1).iterations())
                .isEqualTo(OptionalLong.of(1));
        assertThatThrownBy(() -> VrpBudget.iterations(0, Duration.ofSeconds(1))).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> VrpBudget.wall(Duration.ZERO)).hasMessageContaining("positive wall-time limit");
        assertThat(b.toString()).isEqualTo("1000 iterations (wall limit 10000 ms)");
    }

    @Test
    void aSolverWithoutAnIterationNotionStopsOnTheWallLimitOfTheBudget() {
        VrpProblem p = cvrp(15, 5);
        Duration[] seen = new Duration[1];
        VrpSolver plain = new VrpSolver() {
            @Override
            public String name() {
                return "plain";
            }

            @Override
            public VrpSolution solve(VrpProblem problem, Duration limit, Optional<VrpSolution> start) {
                seen[0] = limit;
                List<Integer> all = new ArrayList<>();
                for (int j = 0; j < problem.jobs().size(); j++) {
                    all.add(j);
                }
                return VrpSolution.of("plain", problem, List.of(), all, 1);
            }
        };
        plain.solve(p, VrpBudget.iterations(10, Duration.ofSeconds(3)));
        assertThat(seen[0]).isEqualTo(Duration.ofSeconds(3));
    }

    /** Seeded random Euclidean CVRP: one depot at location 0, ten vehicles of capacity 50, every job served. */
    static VrpProblem cvrp(long seed, int jobs) {
        Random r = new Random(seed);
        double[][] xy = new double[jobs + 1][];
        for (int i = 0; i <= jobs; i++) {
            xy[i] = new double[] {r.nextInt(101), r.nextInt(101)};
        }
        double[][] d = VrpSolversTest.matrix(xy);
        List<VrpJob> js = new ArrayList<>();
        for (int i = 1; i <= jobs; i++) {
            js.add(VrpJob.untimed("j" + i, i, 1 + r.nextInt(20)));
        }
        List<VrpVehicle> vs = new ArrayList<>();
        for (int k = 0; k < Math.max(2, jobs / 3); k++) {
            vs.add(VrpVehicle.untimed("v" + k, 0, 50));
        }
        return new VrpProblem("cvrp-" + seed, d, d, vs, js, false, false, 0, 1);
    }
}
