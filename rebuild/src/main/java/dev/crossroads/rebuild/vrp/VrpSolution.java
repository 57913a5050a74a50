package dev.crossroads.rebuild.vrp;

import java.util.List;

/**
 * A solution: the non-empty routes, the jobs left out and the total distance (recomputed from the routes with
 * the problem's real-valued matrix, not the solver's scaled integers).
 */
public record VrpSolution(
        String solver, List<VrpRoute> routes, List<Integer> unassigned, double distance, long elapsedMillis) {
    public VrpSolution {
        routes = List.copyOf(routes);
        unassigned = List.copyOf(unassigned);
    }

    /** Builds a solution, computing its distance from the problem. */
    public static VrpSolution of(
            String solver, VrpProblem problem, List<VrpRoute> routes, List<Integer> unassigned, long elapsedMillis) {
        List<VrpRoute> nonEmpty =
                routes.stream().filter(r -> !r.jobs().isEmpty()).toList();
        return new VrpSolution(solver, nonEmpty, unassigned, distanceOf(problem, nonEmpty), elapsedMillis);
    }

    public static double distanceOf(VrpProblem p, List<VrpRoute> routes) {
        double d = 0;
        for (VrpRoute r : routes) {
            VrpVehicle v = p.vehicles().get(r.vehicle());
            int at = v.start();
            for (int j : r.jobs()) {
                int loc = p.jobs().get(j).location();
                d += p.distance()[at][loc];
                at = loc;
            }
            d += p.distance()[at][v.end()];
        }
        return d;
    }

    /** The objective the solvers compare: distance plus the penalty of every job left out. */
    public double objective(VrpProblem p) {
        return distance + unassigned.size() * p.unassignedPenalty();
    }
}
