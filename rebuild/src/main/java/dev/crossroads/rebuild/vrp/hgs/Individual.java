package dev.crossroads.rebuild.vrp.hgs;

import java.util.ArrayList;
import java.util.List;

/**
 * A solution of the search: the giant tour (every customer once, routes concatenated) and its routes. Its
 * penalised cost is distance plus the capacity penalty times the excess load (plus, with time windows, the
 * time-warp penalty times the time warp); successors and predecessors (0 for the depot) serve the broken-pairs
 * distance.
 */
final class Individual {
    final int[] tour;
    final int[][] routes;
    final int[] successor;
    final int[] predecessor;
    double distance;
    long excessLoad;
    /** Total time warp of the routes (time windows only): how far back in time the vehicles had to travel. */
    double timeWarp;

    int usedRoutes;
    double penalisedCost;
    double biasedFitness;
    /** Distances to the other members of the subpopulation, nearest first. */
    final List<Neighbour> proximity = new ArrayList<>();

    record Neighbour(double distance, Individual other) {}

    Individual(int n, int fleet) {
        tour = new int[n];
        routes = new int[fleet][];
        for (int r = 0; r < fleet; r++) {
            routes[r] = new int[0];
        }
        successor = new int[n + 1];
        predecessor = new int[n + 1];
    }

    /** Time warp at most this counts as none: rounding in the segment arithmetic, far below the validator's. */
    static final double TIME_WARP_EPS = 1e-7;

    boolean feasible() {
        return excessLoad == 0 && timeWarp <= TIME_WARP_EPS;
    }

    boolean timeFeasible() {
        return timeWarp <= TIME_WARP_EPS;
    }

    /**
     * Recomputes cost, time warp and links (time windows): each route leaves the depot at its opening and
     * waits where it is early; where it is late the time warp is the lateness and the clock goes back to the
     * due time (Nagata et al. 2010), which is the least time warp over all departure times.
     */
    void evaluate(Instance in, double penaltyCapacity, double penaltyTimeWarp) {
        evaluate(in, penaltyCapacity);
        if (!in.timed) {
            return;
        }
        timeWarp = 0;
        for (int[] route : routes) {
            if (route.length == 0) {
                continue;
            }
            double clock = in.ready[0];
            int prev = 0;
            for (int c : route) {
                clock = Math.max(clock + in.t(prev, c), in.ready[c]);
                if (clock > in.due[c]) {
                    timeWarp += clock - in.due[c];
                    clock = in.due[c];
                }
                clock += in.service[c];
                prev = c;
            }
            clock += in.t(prev, 0);
            if (clock > in.due[0]) {
                timeWarp += clock - in.due[0];
            }
        }
        penalisedCost = distance + penaltyCapacity * excessLoad + penaltyTimeWarp * timeWarp;
    }

    void reprice(double penaltyCapacity, double penaltyTimeWarp) {
        penalisedCost = distance + penaltyCapacity * excessLoad + penaltyTimeWarp * timeWarp;
    }

    /** Recomputes the cost and the links from the routes; the tour follows the routes' order. */
    void evaluate(Instance in, double penaltyCapacity) {
        distance = 0;
        excessLoad = 0;
        usedRoutes = 0;
        int t = 0;
        for (int[] route : routes) {
            if (route.length == 0) {
                continue;
            }
            usedRoutes++;
            long load = 0;
            int prev = 0;
            for (int i = 0; i < route.length; i++) {
                int c = route[i];
                distance += in.d(prev, c);
                load += in.demand[c];
                predecessor[c] = prev;
                successor[c] = i + 1 < route.length ? route[i + 1] : 0;
                tour[t++] = c;
                prev = c;
            }
            distance += in.d(prev, 0);
            excessLoad += Math.max(0, load - in.capacity);
        }
        penalisedCost = distance + penaltyCapacity * excessLoad;
    }

    /** Broken-pairs distance: the share of customers whose neighbours differ between the two solutions. */
    double brokenPairs(Individual o) {
        int n = tour.length;
        int diff = 0;
        for (int j = 1; j <= n; j++) {
            if (successor[j] != o.successor[j] && successor[j] != o.predecessor[j]) {
                diff++;
            }
            if (predecessor[j] == 0 && o.predecessor[j] != 0 && o.successor[j] != 0) {
                diff++;
            }
        }
        return (double) diff / n;
    }

    /** Mean distance to the {@code close} nearest others of the subpopulation. */
    double diversity(int close) {
        int k = Math.min(close, proximity.size());
        if (k == 0) {
            return 0;
        }
        double s = 0;
        for (int i = 0; i < k; i++) {
            s += proximity.get(i).distance();
        }
        return s / k;
    }

    Individual copy() {
        Individual c = new Individual(tour.length, routes.length);
        System.arraycopy(tour, 0, c.tour, 0, tour.length);
        for (int r = 0; r < routes.length; r++) {
            c.routes[r] = routes[r].clone();
        }
        System.arraycopy(successor, 0, c.successor, 0, successor.length);
        System.arraycopy(predecessor, 0, c.predecessor, 0, predecessor.length);
        c.distance = distance;
        c.excessLoad = excessLoad;
        c.timeWarp = timeWarp;
        c.usedRoutes = usedRoutes;
        c.penalisedCost = penalisedCost;
        return c;
    }
}
