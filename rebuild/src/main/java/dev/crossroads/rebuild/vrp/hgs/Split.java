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
