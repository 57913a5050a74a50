package dev.crossroads.rebuild.vrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Interchangeable vehicles and jobs are named one way in OR-Tools' solutions ({@link CanonicalRoutes}), so an
 * iteration budget gives the same solution on every solve.
 */
class OrToolsTwinsTest {
    static final Duration OUTER = Duration.ofMinutes(5);

    /** Vehicles a1-a3 are twins (a4 starts later), jobs 1 and 3 are identical (same place, load and hours). */
    static VrpProblem small() {
        double[][] m = new double[3][3];
        List<VrpVehicle> vehicles = List.of(
                new VrpVehicle("a1", 0, 0, 10, 0, 100),
                new VrpVehicle("b1", 1, 1, 10, 0, 100),
                new VrpVehicle("a2", 0, 0, 10, 0, 100),
                new VrpVehicle("a3", 0, 0, 10, 0, 100),
                new VrpVehicle("a4", 0, 0, 10, 50, 100));
        List<VrpJob> jobs = List.of(
                new VrpJob("j0", 2, 1, 0, 100, 5),
                new VrpJob("j1", 1, 1, 0, 100, 5),
                new VrpJob("j2", 2, 2, 0, 100, 5),
                new VrpJob("j3", 1, 1, 0, 100, 5),
                new VrpJob("j4", 0, 1, 0, 100, 5));
        return new VrpProblem("small", m, m, vehicles, jobs, false, true, 1000, 1);
    }

    @Test
    void twinsTakeTheirToursSortedAndIdenticalJobsTheirLowestNumbers() {
        VrpProblem p = small();
        // two namings of one solution: twins a1-a3 swap tours, and job 3 stands in for its twin job 1
        List<VrpRoute> one =
                List.of(new VrpRoute(1, List.of(4)), new VrpRoute(2, List.of(1, 0)), new VrpRoute(4, List.of(2)));
        List<VrpRoute> other =
                List.of(new VrpRoute(0, List.of(3, 0)), new VrpRoute(1, List.of(4)), new VrpRoute(4, List.of(2)));

        List<VrpRoute> canonical = List.of(
                new VrpRoute(0, List.of(1, 0)),
                new VrpRoute(1, List.of(4)),
                new VrpRoute(2, List.of()),
                new VrpRoute(3, List.of()),
                new VrpRoute(4, List.of(2)));
        assertThat(CanonicalRoutes.of(p, one)).isEqualTo(canonical);
        assertThat(CanonicalRoutes.of(p, other)).isEqualTo(canonical);
        assertThat(CanonicalRoutes.unassigned(p, other)).containsExactly(3);
        assertThat(VrpSolution.distanceOf(p, CanonicalRoutes.of(p, other))).isEqualTo(VrpSolution.distanceOf(p, other));
    }

    /**
     * Three identical trucks at each of two depots, sites with opening hours, more loads than a day takes: consecutive
     * solves in one process give the same routes on the same trucks (without the canonical order OR-Tools swapped
     * identical trucks between solves of the logistics planner's days, {@code DeterministicPlanTest}). (Places at seeded random points, so that no two different assignments cost the same: OR-Tools also
     * breaks such ties differently from solve to solve, which no renaming of trucks undoes.)
     */
    @Test
    void consecutiveSolvesAtAnIterationBudgetAreEqual() {
        int n = 10;
        long seed = 7;
        java.util.Random random = new java.util.Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int a = 0; a < n; a++) {
            x[a] = random.nextDouble() * 100;
            y[a] = random.nextDouble() * 100;
        }
        double[][] km = new double[n][n];
        double[][] minutes = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                km[a][b] = Math.hypot(x[a] - x[b], y[a] - y[b]);
                minutes[a][b] = km[a][b] * 1.2;
            }
        }
        List<VrpVehicle> vehicles = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            vehicles.add(new VrpVehicle("p" + k, 0, 0, 250, 360, 1260));
            vehicles.add(new VrpVehicle("d" + k, 1, 1, 200, 420, 1080));
        }
        List<VrpJob> jobs = new ArrayList<>();
        for (int j = 0; j < 9; j++) {
            jobs.add(new VrpJob("load" + j, 2 + j % 8, j % 2 == 0 ? 250 : 150, 360, 1200, 45));
        }
        VrpProblem p = new VrpProblem("twins", km, minutes, vehicles, jobs, false, true, 100_000, 100);
        OrToolsVrpSolver solver = new OrToolsVrpSolver();

        VrpSolution first = solver.solve(p, VrpBudget.iterations(20, OUTER));
        for (int i = 0; i < 3; i++) {
            VrpSolution again = solver.solve(p, VrpBudget.iterations(20, OUTER));
            assertThat(again.routes()).as("solve %d, seed %d", i + 2, seed).isEqualTo(first.routes());
            assertThat(again.unassigned()).isEqualTo(first.unassigned());
        }
    }
}
