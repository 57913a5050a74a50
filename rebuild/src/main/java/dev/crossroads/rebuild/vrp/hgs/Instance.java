package dev.crossroads.rebuild.vrp.hgs;

/**
 * The CVRP as the search sees it: node 0 the depot, nodes 1..n the customers, one flat distance matrix, one
 * capacity, at most {@code fleet} routes, and each customer's granular neighbours (symmetric: v is a neighbour
 * of u when u is one of v's nearest or v one of u's).
 */
final class Instance {
    final int n;
    final int capacity;
    final int fleet;
    final int[] demand;
    final double[] dist;
    final int[][] neighbours;
    final long totalDemand;
    final double maxDist;
    /** True when d(a, b) = d(b, a) everywhere: reversal costs vanish and row-wise lookups may be used. */
    final boolean symmetric;
    /** True when the customers have time windows or service times (the VRPTW): the fields below are set. */
    final boolean timed;
    /** Travel times, flat like {@link #dist}; null when not {@link #timed}. */
    final double[] time;
    /** Earliest and latest start of service per node (node 0: the depot's opening and latest return). */
    final double[] ready;

    final double[] due;
    final double[] service;
    final double maxTime;

    Instance(double[][] d, int[] demand, int capacity, int fleet, int granular) {
        this(d, demand, capacity, fleet, granular, null, null, null, null);
    }

    /**
     * With time windows when {@code t} is not null: {@code t} the travel times, {@code ready}, {@code due} and
     * {@code service} per node (node 0 the depot: opening, latest return, 0). The granular neighbourhood then
     * follows the correlation of Vidal et al. (2013): distance plus 0.2 times the minimum waiting time plus
     * the minimum time warp of going from one customer to the other.
     */
    Instance(
            double[][] d,
            int[] demand,
            int capacity,
            int fleet,
            int granular,
            double[][] t,
            double[] ready,
            double[] due,
            double[] service) {
        this.n = demand.length - 1;
        this.timed = t != null;
        int size = demand.length;
        if (timed) {
            this.time = new double[size * size];
            double mt = 0;
            for (int a = 0; a < size; a++) {
                for (int b = 0; b < size; b++) {
                    time[a * size + b] = t[a][b];
                    mt = Math.max(mt, t[a][b]);
                }
            }
            this.maxTime = mt;
            this.ready = ready.clone();
            this.due = due.clone();
            this.service = service.clone();
        } else {
            this.time = null;
            this.ready = null;
            this.due = null;
            this.service = null;
            this.maxTime = 0;
        }
        this.capacity = capacity;
        this.fleet = fleet;
        this.demand = demand.clone();
        int m = n + 1;
        this.dist = new double[m * m];
        double max = 0;
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                dist[a * m + b] = d[a][b];
                max = Math.max(max, d[a][b]);
            }
        }
        this.maxDist = max;
        boolean sym = true;
        for (int a = 0; a < m && sym; a++) {
            for (int b = a + 1; b < m; b++) {
                if (dist[a * m + b] != dist[b * m + a]) {
                    sym = false;
                    break;
                }
            }
        }
        this.symmetric = sym;
        long total = 0;
        for (int i = 1; i <= n; i++) {
            total += demand[i];
        }
        this.totalDemand = total;
        this.neighbours = granular(granular);
        this.nearest = nearestTmp;
    }

    double d(int a, int b) {
        return dist[a * (n + 1) + b];
    }

    double t(int a, int b) {
        return time[a * (n + 1) + b];
    }

    /** How badly v fits after u: distance, 0.2 x the least wait, 1 x the least time warp (timed only). */
    private double correlation(int u, int v) {
        double travel = t(u, v);
        double wait = Math.max(0, ready[v] - travel - service[u] - due[u]);
        double warp = Math.max(0, ready[u] + service[u] + travel - due[v]);
        return d(u, v) + 0.2 * wait + warp;
    }

    /** Each customer's nearest customers, nearest first (by the shorter direction; ties by index). */
    final int[][] nearest;

    private int[][] granular(int g) {
        int k = Math.max(0, Math.min(g, n - 1));
        boolean[][] linked = new boolean[n + 1][];
        for (int u = 1; u <= n; u++) {
            linked[u] = new boolean[n + 1];
        }
        nearestTmp = new int[n + 1][];
        nearestTmp[0] = new int[0];
        int[] best = new int[k];
        double[] bestD = new double[k];
        for (int u = 1; u <= n; u++) {
            int size = 0;
            for (int v = 1; v <= n; v++) {
                if (v == u) {
                    continue;
                }
                double dv = timed ? Math.min(correlation(u, v), correlation(v, u)) : Math.min(d(u, v), d(v, u));
                if (size < k || dv < bestD[size - 1]) {
                    int at = size < k ? size++ : size - 1;
                    while (at > 0 && bestD[at - 1] > dv) {
                        bestD[at] = bestD[at - 1];
                        best[at] = best[at - 1];
                        at--;
                    }
                    bestD[at] = dv;
                    best[at] = v;
                }
            }
            nearestTmp[u] = java.util.Arrays.copyOf(best, size);
            for (int i = 0; i < size; i++) {
                linked[u][best[i]] = true;
                linked[best[i]][u] = true;
            }
        }
        int[][] out = new int[n + 1][];
        out[0] = new int[0];
        for (int u = 1; u <= n; u++) {
            int c = 0;
            for (int v = 1; v <= n; v++) {
                if (linked[u][v]) {
                    c++;
                }
            }
            out[u] = new int[c];
            c = 0;
            for (int v = 1; v <= n; v++) {
                if (linked[u][v]) {
                    out[u][c++] = v;
                }
            }
        }
        return out;
    }

    private int[][] nearestTmp;
}
