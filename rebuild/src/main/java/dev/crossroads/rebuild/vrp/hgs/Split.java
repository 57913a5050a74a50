package dev.crossroads.rebuild.vrp.hgs;

import java.util.Arrays;

/**
 * Splits a giant tour into routes optimally (Prins 2004; Vidal 2016), the capacity soft: a route's cost is its
 * distance plus the penalty times its excess load. The shortest path over the tour's prefixes considers routes
 * up to 1.5 capacities (and always a single customer), first with an unlimited number of routes; when that
 * uses more routes than the fleet, again with at most {@code fleet} routes (a path per number of routes; without the load bound if no path
 * fits under it).
 */
final class Split {
    private final Instance in;
    private final double[] prefixDist;
    private final long[] prefixLoad;
    private final double[] potential;
    private final int[] pred;
    private double[][] potentialK;
    private int[][] predK;

    Split(Instance in) {
        this.in = in;
        prefixDist = new double[in.n + 1];
        prefixLoad = new long[in.n + 1];
        potential = new double[in.n + 1];
        pred = new int[in.n + 1];
    }

    private double[] routeCost = new double[0];
    private int[] routeEnd = new int[0];
    private final TimeSegment seg = new TimeSegment();

    /**
     * With time windows: the same shortest path, a route's cost its distance plus the capacity penalty times
     * its excess load plus the time-warp penalty times its time warp (each route's summary extended one
     * customer at a time, O(1) each). The route costs are tabulated once and serve both the unlimited and the
     * fleet-limited path.
     */
    void run(Individual ind, double penalty, double penaltyTimeWarp) {
        if (!in.timed) {
            run(ind, penalty);
            return;
        }
        int n = in.n;
        int[] t = ind.tour;
        long maxLoad = Math.max((long) (1.5 * in.capacity), in.capacity);
        // routeCost[i * n + (j - i - 1)]: the route serving t[i..j-1]; routeEnd[i]: the last j tabulated
        if (routeCost.length < n * n) {
            routeCost = new double[n * n];
            routeEnd = new int[n];
        }
        for (int i = 0; i < n; i++) {
            seg.node(0, in.ready[0], in.due[0]);
            int last = 0;
            long load = 0;
            double dist = 0;
            int j = i + 1;
            for (; j <= n; j++) {
                int c = t[j - 1];
                load += in.demand[c];
                if (j > i + 1 && load > maxLoad) {
                    break;
                }
                dist += in.d(last, c);
                seg.append(in.t(last, c), in.service[c], 0, in.ready[c], in.due[c]);
                last = c;
                // close the route at the depot without changing the running summary
                double delta = seg.duration - seg.timeWarp + in.t(c, 0);
                double warp = seg.timeWarp + Math.max(seg.earliest + delta - in.due[0], 0);
                routeCost[i * n + (j - i - 1)] =
                        dist + in.d(c, 0) + penalty * Math.max(0, load - in.capacity) + penaltyTimeWarp * warp;
            }
            routeEnd[i] = j - 1;
        }
        Arrays.fill(potential, Double.MAX_VALUE);
        potential[0] = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j <= routeEnd[i]; j++) {
                double cost = potential[i] + routeCost[i * n + (j - i - 1)];
                if (cost < potential[j]) {
                    potential[j] = cost;
                    pred[j] = i;
                }
            }
        }
        int count = 0;
        for (int j = n; j > 0; j = pred[j]) {
            count++;
        }
        if (count <= in.fleet) {
            int r = count;
            for (int j = n; j > 0; j = pred[j]) {
                ind.routes[--r] = Arrays.copyOfRange(t, pred[j], j);
            }
            for (int k = count; k < in.fleet; k++) {
                ind.routes[k] = new int[0];
            }
        } else if (!limitedTimed(ind)) {
            // no path within the load bound and the fleet: the unlimited one, its last routes merged
            int r = 0;
            int[] cuts = new int[count + 1];
            int at = count;
            for (int j = n; j > 0; j = pred[j]) {
                cuts[at--] = j;
            }
            for (int k = 0; k < in.fleet; k++) {
                int from = cuts[k];
                int to = k == in.fleet - 1 ? n : cuts[k + 1];
                ind.routes[r++] = Arrays.copyOfRange(t, from, to);
            }
        }
        ind.evaluate(in, penalty, penaltyTimeWarp);
    }

    private boolean limitedTimed(Individual ind) {
        int n = in.n;
        int fleet = in.fleet;
        int[] t = ind.tour;
        if (potentialK == null) {
            potentialK = new double[fleet + 1][n + 1];
            predK = new int[fleet + 1][n + 1];
        }
        for (double[] row : potentialK) {
            Arrays.fill(row, Double.MAX_VALUE);
        }
        potentialK[0][0] = 0;
        for (int k = 0; k < fleet; k++) {
            for (int i = k; i < n; i++) {
                double base = potentialK[k][i];
                if (base == Double.MAX_VALUE) {
                    continue;
                }
                for (int j = i + 1; j <= routeEnd[i]; j++) {
                    double cost = base + routeCost[i * n + (j - i - 1)];
                    if (cost < potentialK[k + 1][j]) {
                        potentialK[k + 1][j] = cost;
                        predK[k + 1][j] = i;
                    }
                }
            }
        }
        return routesOfBestFleet(ind, t, n, fleet);
    }

    /** Fills {@code ind.routes} from {@code ind.tour} and evaluates it. */
    void run(Individual ind, double penalty) {
        int n = in.n;
        int[] t = ind.tour;
        for (int i = 1; i <= n; i++) {
            prefixLoad[i] = prefixLoad[i - 1] + in.demand[t[i - 1]];
            prefixDist[i] = i == 1 ? 0 : prefixDist[i - 1] + in.d(t[i - 2], t[i - 1]);
        }
        long maxLoad = Math.max((long) (1.5 * in.capacity), in.capacity);
        Arrays.fill(potential, Double.MAX_VALUE);
        potential[0] = 0;
        for (int i = 0; i < n; i++) {
            double base = potential[i];
            int first = t[i];
            for (int j = i + 1; j <= n; j++) {
                long load = prefixLoad[j] - prefixLoad[i];
                if (j > i + 1 && load > maxLoad) {
                    break;
                }
                double cost = base
                        + in.d(0, first)
                        + prefixDist[j]
                        - prefixDist[i + 1]
                        + in.d(t[j - 1], 0)
                        + penalty * Math.max(0, load - in.capacity);
                if (cost < potential[j]) {
                    potential[j] = cost;
                    pred[j] = i;
                }
            }
        }
        int count = 0;
        for (int j = n; j > 0; j = pred[j]) {
            count++;
        }
        if (count <= in.fleet) {
            int r = count;
            for (int j = n; j > 0; j = pred[j]) {
                ind.routes[--r] = Arrays.copyOfRange(t, pred[j], j);
            }
            for (int k = count; k < in.fleet; k++) {
                ind.routes[k] = new int[0];
            }
        } else if (!limited(ind, penalty, maxLoad)) {
            limited(ind, penalty, Long.MAX_VALUE);
        }
        ind.evaluate(in, penalty);
    }

    private boolean limited(Individual ind, double penalty, long maxLoad) {
        int n = in.n;
        int fleet = in.fleet;
        int[] t = ind.tour;
        if (potentialK == null) {
            potentialK = new double[fleet + 1][n + 1];
            predK = new int[fleet + 1][n + 1];
        }
        for (double[] row : potentialK) {
            Arrays.fill(row, Double.MAX_VALUE);
        }
        potentialK[0][0] = 0;
        for (int k = 0; k < fleet; k++) {
            for (int i = k; i < n; i++) {
                double base = potentialK[k][i];
                if (base == Double.MAX_VALUE) {
                    continue;
                }
                int first = t[i];
                for (int j = i + 1; j <= n; j++) {
                    long load = prefixLoad[j] - prefixLoad[i];
                    if (j > i + 1 && load > maxLoad) {
                        break;
                    }
                    double cost = base
                            + in.d(0, first)
                            + prefixDist[j]
                            - prefixDist[i + 1]
                            + in.d(t[j - 1], 0)
                            + penalty * Math.max(0, load - in.capacity);
                    if (cost < potentialK[k + 1][j]) {
                        potentialK[k + 1][j] = cost;
                        predK[k + 1][j] = i;
                    }
                }
            }
        }
        return routesOfBestFleet(ind, t, n, fleet);
    }

    /**
     * The limited-fleet split's last step, shared by both splits: the number of routes with the cheapest labels
     * at the tour's end, and its routes read back from the predecessors; false when no number of routes up to the
     * fleet reaches the end.
     */
    private boolean routesOfBestFleet(Individual ind, int[] t, int n, int fleet) {
        int bestK = 1;
        for (int k = 1; k <= fleet; k++) {
            if (potentialK[k][n] < potentialK[bestK][n]) {
                bestK = k;
            }
        }
        if (potentialK[bestK][n] == Double.MAX_VALUE) {
            return false;
        }
        int j = n;
        for (int k = bestK; k > 0; k--) {
            int i = predK[k][j];
            ind.routes[k - 1] = Arrays.copyOfRange(t, i, j);
            j = i;
        }
        for (int k = bestK; k < fleet; k++) {
            ind.routes[k] = new int[0];
        }
        return true;
    }
}
