package dev.crossroads.rebuild.vrp.hgs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crossroads.rebuild.vrp.VrpJob;
import dev.crossroads.rebuild.vrp.VrpProblem;
import dev.crossroads.rebuild.vrp.VrpRoute;
import dev.crossroads.rebuild.vrp.VrpSolution;
import dev.crossroads.rebuild.vrp.VrpSolver;
import dev.crossroads.rebuild.vrp.VrpSolvers;
import dev.crossroads.rebuild.vrp.VrpValidator;
import dev.crossroads.rebuild.vrp.VrpVehicle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HgsVrpSolverTest {
    /** Outer safety limit only: every search here stops on its iteration budget long before. */
    private static final Duration OUTER = Duration.ofMinutes(5);

    private static HgsVrpSolver budgeted(long seed, long iterations) {
        return new HgsVrpSolver(
                HgsParams.defaults().withSeed(seed).withBudget(iterations, 1_000), HgsVrpSolverTest::noFallback);
    }

    private static VrpSolver noFallback() {
        throw new AssertionError("HGS should model this problem and find a feasible solution");
    }

    /** Seeded random Euclidean CVRP: depot at location 0, one job per other location. */
    static VrpProblem random(long seed, int jobs, int capacity, int fleet, boolean unlimited) {
        Random r = new Random(seed);
        double[][] xy = new double[jobs + 1][];
        for (int i = 0; i <= jobs; i++) {
            xy[i] = new double[] {r.nextInt(101), r.nextInt(101)};
        }
        double[][] d = matrix(xy);
        List<VrpJob> js = new ArrayList<>();
        for (int i = 1; i <= jobs; i++) {
            js.add(VrpJob.untimed("j" + i, i, 1 + r.nextInt(capacity / 2)));
        }
        List<VrpVehicle> vs = new ArrayList<>();
        for (int k = 0; k < fleet; k++) {
            vs.add(VrpVehicle.untimed("v" + k, 0, capacity));
        }
        return new VrpProblem("random-" + seed, d, d, vs, js, unlimited, false, 0, 1);
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

    /**
     * The optimum by brute force: every order of the jobs, each cut optimally into at most {@code fleet}
     * routes under the hard capacity (an optimal solution is some order cut into its routes).
     */
    static double bruteForce(VrpProblem p) {
        int n = p.jobs().size();
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        double[] best = {Double.MAX_VALUE};
        int fleet = p.unlimitedFleet() ? n : p.vehicles().size();
        permute(perm, 0, p, fleet, best);
        return best[0];
    }

    private static void permute(int[] a, int k, VrpProblem p, int fleet, double[] best) {
        if (k == a.length) {
            best[0] = Math.min(best[0], cut(a, p, fleet));
            return;
        }
        for (int i = k; i < a.length; i++) {
            int t = a[k];
            a[k] = a[i];
            a[i] = t;
            permute(a, k + 1, p, fleet, best);
            a[i] = a[k];
            a[k] = t;
        }
    }

    private static double cut(int[] order, VrpProblem p, int fleet) {
        int n = order.length;
        int depot = p.vehicles().get(0).start();
        int cap = p.vehicles().get(0).capacity();
        double[][] f = new double[fleet + 1][n + 1];
        for (double[] row : f) {
            java.util.Arrays.fill(row, Double.MAX_VALUE);
        }
        f[0][0] = 0;
        for (int k = 0; k < fleet; k++) {
            for (int i = 0; i < n; i++) {
                if (f[k][i] == Double.MAX_VALUE) {
                    continue;
                }
                int load = 0;
                double len = 0;
                int at = depot;
                for (int j = i; j < n; j++) {
                    VrpJob job = p.jobs().get(order[j]);
                    load += job.demand();
                    if (load > cap) {
                        break;
                    }
                    len += p.distance()[at][job.location()];
                    at = job.location();
                    double total = f[k][i] + len + p.distance()[at][depot];
                    f[k + 1][j + 1] = Math.min(f[k + 1][j + 1], total);
                }
            }
        }
        double best = Double.MAX_VALUE;
        for (int k = 1; k <= fleet; k++) {
            best = Math.min(best, f[k][n]);
        }
        return best;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void smallInstancesReachTheBruteForceOptimum(long seed) {
        VrpProblem p = random(seed, 7 + (int) (seed % 2), 10, 8, true);
        double optimum = bruteForce(p);
        VrpSolution s = budgeted(seed, 300).solve(p, OUTER);
        assertThat(VrpValidator.violations(p, s)).as("seed %d", seed).isEmpty();
        assertThat(s.distance()).as("seed %d", seed).isCloseTo(optimum, within(1e-6));
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void aLimitedFleetIsRespectedAndTheOptimumReached(long seed) {
        // as few vehicles as can carry the loads at all: the optimum with that many routes
        VrpProblem roomy = random(seed, 8, 12, 8, false);
        int fleet = 1;
        while (bruteForce(withFleet(roomy, fleet)) == Double.MAX_VALUE) {
            fleet++;
        }
        VrpProblem p = withFleet(roomy, fleet);
        double optimum = bruteForce(p);
        VrpSolution s = budgeted(seed, 500).solve(p, OUTER);
        assertThat(VrpValidator.violations(p, s)).as("seed %d", seed).isEmpty();
        assertThat(s.routes()).hasSizeLessThanOrEqualTo(fleet);
        assertThat(s.distance()).as("seed %d", seed).isCloseTo(optimum, within(1e-6));
    }

    private static VrpProblem withFleet(VrpProblem p, int fleet) {
        return new VrpProblem(
                p.name(), p.distance(), p.travelTime(), p.vehicles().subList(0, fleet), p.jobs(), false, false, 0, 1);
    }

    @Test
    void fourCornersAreServedByTheObviousTour() {
        double[][] d = matrix(new double[][] {{5, 5}, {0, 0}, {10, 0}, {10, 10}, {0, 10}});
        List<VrpJob> jobs = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            jobs.add(VrpJob.untimed("c" + i, i, 1));
        }
        VrpProblem p =
                new VrpProblem("square", d, d, List.of(VrpVehicle.untimed("v", 0, 4)), jobs, false, false, 0, 1000);
        VrpSolution s = budgeted(1, 50).solve(p, OUTER);
        assertThat(VrpValidator.violations(p, s)).isEmpty();
        assertThat(s.distance()).isCloseTo(2 * Math.hypot(5, 5) + 30, within(1e-6));
    }

    @Test
    void theSameSeedAndBudgetGiveTheSameSolution() {
        VrpProblem p = random(21, 60, 50, 20, true);
        VrpSolution a = budgeted(7, 400).solve(p, OUTER);
        VrpSolution b = budgeted(7, 400).solve(p, OUTER);
        assertThat(b.routes()).isEqualTo(a.routes());
        assertThat(b.distance()).isEqualTo(a.distance());
        assertThat(VrpValidator.violations(p, a)).isEmpty();
    }

    @Test
    void theReportSaysWhichLimitStoppedTheSearch() {
        VrpProblem p = random(22, 30, 40, 10, true);
        HgsVrpSolver s = new HgsVrpSolver(HgsParams.defaults().withBudget(150, 1_000));
        s.solve(p, OUTER);
        assertThat(s.lastReport())
                .get()
                .extracting(HgsVrpSolver.Report::stoppedBy, HgsVrpSolver.Report::iterations)
                .containsExactly("iteration budget", 150L);
        HgsVrpSolver stalls = new HgsVrpSolver(HgsParams.defaults().withBudget(1_000_000, 30));
        stalls.solve(p, OUTER);
        assertThat(stalls.lastReport())
                .get()
                .extracting(HgsVrpSolver.Report::stoppedBy)
                .isEqualTo("iterations without improvement");
    }

    @Test
    void aStartSolutionIsNeverWorsened() {
        VrpProblem p = random(23, 40, 30, 15, true);
        VrpSolution first = budgeted(1, 200).solve(p, OUTER);
        VrpSolution again = budgeted(2, 30).solve(p, OUTER, Optional.of(first));
        assertThat(VrpValidator.violations(p, again)).isEmpty();
        assertThat(again.distance()).isLessThanOrEqualTo(first.distance() + 1e-6);
    }

    @Test
    void problemsHgsDoesNotModelGoToTheFallback() {
        VrpProblem cvrp = random(24, 10, 30, 5, true);
        List<VrpVehicle> shifts = new ArrayList<>(cvrp.vehicles());
        shifts.set(1, new VrpVehicle("late", 0, 0, 30, 100, 1_000));
        VrpProblem withWindows =
                new VrpProblem("shifts", cvrp.distance(), cvrp.travelTime(), shifts, cvrp.jobs(), true, false, 0, 1);
        VrpProblem optional = new VrpProblem(
                "opt", cvrp.distance(), cvrp.travelTime(), cvrp.vehicles(), cvrp.jobs(), true, true, 100, 1);
        List<VrpVehicle> twoDepots = new ArrayList<>(cvrp.vehicles());
        twoDepots.set(1, VrpVehicle.untimed("other", 3, 30));
        VrpProblem multiDepot =
                new VrpProblem("md", cvrp.distance(), cvrp.travelTime(), twoDepots, cvrp.jobs(), true, false, 0, 1);
        for (VrpProblem p : List.of(withWindows, optional, multiDepot)) {
            assertThat(HgsVrpSolver.unsupported(p)).as(p.name()).isPresent();
            VrpSolution marker = VrpSolution.of("stand-in", p, List.of(new VrpRoute(0, List.of())), allJobs(p), 0);
            VrpSolution s = new HgsVrpSolver(HgsParams.defaults(), () -> fixed(marker)).solve(p, OUTER);
            assertThat(s.solver()).as(p.name()).isEqualTo("stand-in");
        }
        assertThat(HgsVrpSolver.unsupported(cvrp)).isEmpty();
    }

    @Test
    void theSolverIsAvailableByName() {
        assertThat(VrpSolvers.NAMES).contains("hgs");
        assertThat(VrpSolvers.byName("hgs").name()).isEqualTo("hgs");
    }

    private static List<Integer> allJobs(VrpProblem p) {
        List<Integer> all = new ArrayList<>();
        for (int j = 0; j < p.jobs().size(); j++) {
            all.add(j);
        }
        return all;
    }

    private static VrpSolver fixed(VrpSolution s) {
        return new VrpSolver() {
            @Override
            public String name() {
                return s.solver();
            }

            @Override
            public VrpSolution solve(VrpProblem problem, Duration limit, Optional<VrpSolution> start) {
                return s;
            }
        };
    }

    /**
     * Random CVRP, unlimited or limited fleet (always enough vehicles for one job each at worst, sometimes
     * only a few more than the loads need): the solution passes the independent validator, serves every job
     * and respects the fleet.
     */
    @Property(tries = 40, seed = "20261208")
    void solutionsOfRandomInstancesPassTheValidator(
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 1, max = 40) int jobs,
            @ForAll @IntRange(min = 5, max = 60) int capacity,
            @ForAll boolean unlimited) {
        VrpProblem p = random(seed, jobs, capacity, jobs, unlimited);
        VrpSolution s = budgeted(seed, 60).solve(p, OUTER);
        assertThat(VrpValidator.violations(p, s))
                .as("seed %d, %d jobs, capacity %d", seed, jobs, capacity)
                .isEmpty();
        assertThat(s.unassigned()).isEmpty();
        assertThat(s.solver()).isEqualTo("hgs");
        if (!unlimited) {
            assertThat(s.routes().size()).isLessThanOrEqualTo(p.vehicles().size());
        }
    }
}
