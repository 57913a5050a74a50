package dev.crossroads.rebuild.vrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VrpSolversTest {
    /**
     * Iteration budgets, so that every run gives the same solutions whatever the machine's load; the wall limit is a
     * distant outer limit ({@link VrpBudgetTest} checks the reproducibility).
     */
    private static VrpBudget iterations(long n) {
        return VrpBudget.iterations(n, VrpBudgetTest.OUTER);
    }

    /** Seeded random CVRP with time windows: every solver returns a solution the validator accepts. */
    @ParameterizedTest
    @ValueSource(strings = {"ortools", "jsprit", "portfolio", "seeded"})
    void solutionsOnRandomInstancesPassTheIndependentValidator(String solverName) {
        for (long seed = 1; seed <= 3; seed++) {
            VrpProblem p = random(seed, 25);
            VrpSolution s = VrpSolvers.byName(solverName).solve(p, iterations(300));
            assertThat(VrpValidator.violations(p, s)).as("seed %d", seed).isEmpty();
            assertThat(s.unassigned())
                    .as("seed %d: roomy windows and fleet, all jobs fit", seed)
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ortools", "jsprit"})
    void fourCornersAreServedByTheObviousTour(String solverName) {
        // depot at the centre of a 10x10 square, one job per corner, one vehicle: the optimum is the perimeter
        // plus two half-diagonals... the square tour from the centre: 2 * 7.07 + 3 * 10
        double[][] xy = {{5, 5}, {0, 0}, {10, 0}, {10, 10}, {0, 10}};
        double[][] d = matrix(xy);
        List<VrpJob> jobs = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            jobs.add(VrpJob.untimed("c" + i, i, 1));
        }
        VrpProblem p =
                new VrpProblem("square", d, d, List.of(VrpVehicle.untimed("v", 0, 4)), jobs, false, false, 0, 1000);
        VrpSolution s = VrpSolvers.byName(solverName).solve(p, iterations(200));
        assertThat(VrpValidator.violations(p, s)).isEmpty();
        assertThat(s.distance()).isCloseTo(2 * Math.hypot(5, 5) + 30, org.assertj.core.data.Offset.offset(1e-6));
    }

    @org.junit.jupiter.api.Test
    void theRaceReturnsEachMembersOwnSolutionAndTheBestOfThem() {
        VrpProblem p = random(4, 30);
        PortfolioVrpSolver.Race race = new PortfolioVrpSolver().race(p, iterations(300), java.util.Optional.empty());
        assertThat(race.members()).extracting(VrpSolution::solver).containsExactly("jsprit", "ortools");
        for (VrpSolution m : race.members()) {
            assertThat(VrpValidator.violations(p, m)).as(m.solver()).isEmpty();
        }
        double bestMember =
                race.members().stream().mapToDouble(m -> m.objective(p)).min().orElseThrow();
        assertThat(race.best().objective(p)).isEqualTo(bestMember);
        assertThat(race.best().solver()).startsWith("portfolio(");
        assertThat(VrpValidator.violations(p, race.best())).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theRacePicksTheMemberWithTheLowerObjective() {
        VrpProblem p = random(5, 8);
        // one route per job: feasible and far from the best
        VrpSolver poor = fixed("poor", problem -> {
            List<VrpRoute> routes = new ArrayList<>();
            for (int j = 0; j < problem.jobs().size(); j++) {
                routes.add(new VrpRoute(j, List.of(j)));
            }
            return VrpSolution.of("poor", problem, routes, List.of(), 1);
        });
        PortfolioVrpSolver.Race race = new PortfolioVrpSolver(List.of(poor, new JspritVrpSolver()))
                .race(p, iterations(200), java.util.Optional.empty());
        assertThat(race.members().get(0).distance())
                .isGreaterThan(race.members().get(1).distance());
        assertThat(race.best().solver()).isEqualTo("portfolio(jsprit)");
    }

    @org.junit.jupiter.api.Test
    void aMemberThatFindsNoSolutionNeverWinsTheRace() {
        VrpProblem p = random(6, 10); // no jobs may be left out, at no penalty: an empty answer has distance 0
        VrpSolver gaveUp = fixed("gave-up", problem -> {
            List<Integer> all = new ArrayList<>();
            for (int j = 0; j < problem.jobs().size(); j++) {
                all.add(j);
            }
            return VrpSolution.of("gave-up", problem, List.of(), all, 1);
        });
        PortfolioVrpSolver.Race race = new PortfolioVrpSolver(List.of(gaveUp, new JspritVrpSolver()))
                .race(p, iterations(200), java.util.Optional.empty());
        assertThat(race.members().get(0).distance()).isZero();
        assertThat(race.best().solver()).isEqualTo("portfolio(jsprit)");
        assertThat(race.best().unassigned()).isEmpty();
    }

    /** A stand-in member whose answer a test fixes. */
    static VrpSolver fixed(String name, java.util.function.Function<VrpProblem, VrpSolution> answer) {
        return new VrpSolver() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public VrpSolution solve(VrpProblem problem, Duration limit, java.util.Optional<VrpSolution> start) {
                return answer.apply(problem);
            }
        };
    }

    static VrpProblem random(long seed, int n) {
        Random r = new Random(seed);
        double[][] xy = new double[n + 2][];
        for (int i = 0; i < xy.length; i++) {
            xy[i] = new double[] {r.nextInt(100), r.nextInt(100)};
        }
        double[][] d = matrix(xy);
        List<VrpJob> jobs = new ArrayList<>();
        for (int i = 2; i < n + 2; i++) {
            double ready = r.nextInt(200);
            jobs.add(new VrpJob("c" + i, i, 1 + r.nextInt(9), ready, ready + 200 + r.nextInt(200), 5));
        }
        List<VrpVehicle> vehicles = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            int depot = k % 2;
            vehicles.add(new VrpVehicle("v" + k, depot, depot, 40, 0, 1000));
        }
        return new VrpProblem("random-" + seed, d, d, vehicles, jobs, false, false, 0, 1000);
    }

    static double[][] matrix(double[][] xy) {
        double[][] d = new double[xy.length][xy.length];
        for (int a = 0; a < xy.length; a++) {
            for (int b = 0; b < xy.length; b++) {
                d[a][b] = Math.hypot(xy[a][0] - xy[b][0], xy[a][1] - xy[b][1]);
            }
        }
        return d;
    }
}
