package dev.crossroads.rebuild.vrp.hgs;

import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Hybrid genetic search for the CVRP (Vidal, Crainic, Gendreau, Lahrichi, Rei 2012; Vidal 2022) and the VRPTW
 * (Vidal, Crainic, Gendreau, Prins 2013: time windows as a time-warp penalty, {@link LocalSearchTw}), written from
 * the published method: giant tours split into routes, ordered crossover, education by local search with
 * granular neighbourhoods and SWAP*, a soft capacity with an adaptive penalty and a repair step, survivors
 * chosen by cost and contribution to diversity, restarts when the search stalls. One thread; a deterministic
 * function of the instance, the parameters and the seed until the wall-time limit (an outer safety stop) binds.
 */
final class Hgs {
    /** What stopped the search. */
    enum Stop {
        ITERATIONS,
        NO_IMPROVEMENT,
        WALL_TIME
    }

    /** The best feasible routes found (empty if none), the offspring generated and what stopped the search. */
    record Result(Optional<int[][]> routes, double distance, long iterations, int restarts, Stop stop) {}

    private final Instance in;
    private final HgsParams params;
    private final SplittableRandom random;
    private final Split split;
    private final LocalSearch ls;
    private final LocalSearchTw lsTw;
    private final Population pop;
    private double penalty;
    /** Penalty per unit of time warp (time windows only; 0 otherwise). */
    private double penaltyTimeWarp;

    private final long deadline;
    private int feasibleInWindow;
    private int timeFeasibleInWindow;
    private int countInWindow;

    Hgs(Instance in, HgsParams params, long deadlineNanos) {
        this.in = in;
        this.params = params;
        this.random = new SplittableRandom(params.seed());
        this.split = new Split(in);
        this.ls = in.timed ? null : new LocalSearch(in, random);
        this.lsTw = in.timed ? new LocalSearchTw(in, random) : null;
        this.pop = new Population(params, random);
        this.deadline = deadlineNanos;
        // initial penalty: the largest distance over the mean demand (bounded as published)
        double meanDemand = in.n == 0 ? 1 : Math.max(1.0, (double) in.totalDemand / in.n);
        this.penalty = Math.max(0.1, Math.min(1000, in.maxDist / meanDemand));
        // initial time-warp penalty: the largest distance over the largest travel time (1 where they coincide)
        this.penaltyTimeWarp = in.timed ? Math.max(0.1, Math.min(1000, in.maxDist / Math.max(1e-9, in.maxTime))) : 0;
    }

    /**
     * Share of the wall time the first population may take. The published method educates 4 mu random
     * individuals first; on large instances under a short limit that alone can take the whole limit, so the
     * first population stops at this share of the limit (with at least two individuals). It binds only where
     * the wall time binds anyway; under an iteration budget with a distant outer limit it never does.
     */
    private static final double INITIAL_TIME_SHARE = 0.25;

    private long startNanos;

    private boolean outOfTime() {
        return System.nanoTime() >= deadline;
    }

    Result run(Optional<int[][]> start) {
        long iter = 0;
        int restarts = 0;
        startNanos = System.nanoTime();
        if (in.n == 0) {
            return new Result(Optional.of(new int[0][]), 0, 0, 0, Stop.ITERATIONS);
        }
        Stop stop = initialPopulation(start, true) ? Stop.ITERATIONS : Stop.WALL_TIME;
        long sinceImprovement = 0;
        while (stop != Stop.WALL_TIME) {
            if (iter >= params.maxIterations()) {
                stop = Stop.ITERATIONS;
                break;
            }
            if (outOfTime()) {
                stop = Stop.WALL_TIME;
                break;
            }
            Individual child = crossover(pop.tournament(), pop.tournament());
            educateAndAdd(child);
            boolean improved = lastAddImproved;
            iter++;
            sinceImprovement = improved ? 0 : sinceImprovement + 1;
            if (iter % 100 == 0) {
                adaptPenalty();
            }
            if (sinceImprovement >= params.iterationsWithoutImprovement()) {
                if (!params.restarts()) {
                    stop = Stop.NO_IMPROVEMENT;
                    break;
                }
                pop.clear();
                restarts++;
                sinceImprovement = 0;
                if (!initialPopulation(Optional.empty(), false)) {
                    stop = Stop.WALL_TIME;
                }
            }
        }
        if (pop.best == null && !pop.infeasible.isEmpty() && !outOfTime()) {
            lastResort(pop.infeasible.get(0).copy());
        }
        Individual best = pop.best;
        if (best == null) {
            return new Result(Optional.empty(), Double.NaN, iter, restarts, stop);
        }
        int[][] routes = Arrays.stream(best.routes).filter(r -> r.length > 0).toArray(int[][]::new);
        return new Result(Optional.of(routes), best.distance, iter, restarts, stop);
    }

    private boolean lastAddImproved;

    /**
     * No feasible solution within the budget (short budgets, tight windows): the best infeasible one is
     * educated again with the penalties a hundred, then ten thousand times higher, before the search gives up.
     */
    private void lastResort(Individual ind) {
        for (double factor : new double[] {100, 10_000}) {
            educate(ind, factor);
            if (ind.feasible()) {
                ind.evaluate(in, penalty, penaltyTimeWarp);
                pop.add(ind);
                return;
            }
        }
    }

    private void educate(Individual ind, double factor) {
        if (in.timed) {
            lsTw.run(ind, penalty * factor, penaltyTimeWarp * factor);
        } else {
            ls.run(ind, penalty * factor);
        }
    }

    /**
     * Local search, add; an infeasible result is repaired (with the penalties tenfold) half of the time. Load
     * and time warp are counted apart: each penalty aims at its own share of feasible results (Vidal et al.
     * 2013).
     */
    private void educateAndAdd(Individual ind) {
        educate(ind, 1);
        boolean improved = pop.add(ind);
        countInWindow++;
        if (ind.excessLoad == 0) {
            feasibleInWindow++;
        }
        if (ind.timeFeasible()) {
            timeFeasibleInWindow++;
        }
        if (!ind.feasible() && random.nextBoolean()) {
            educate(ind, 10);
            if (ind.feasible()) {
                improved |= pop.add(ind);
            }
        }
        lastAddImproved = improved;
    }

    /**
     * 4 mu random giant tours, split and educated; false on the wall time. A start solution (its routes, each
     * customer once) joins first as it is, then educated, so the search never ends worse than it.
     */
    private boolean initialPopulation(Optional<int[][]> start, boolean first) {
        if (start.isPresent() && start.get().length <= in.fleet) {
            Individual s = new Individual(in.n, in.fleet);
            for (int r = 0; r < start.get().length; r++) {
                s.routes[r] = start.get()[r].clone();
            }
            s.evaluate(in, penalty, penaltyTimeWarp);
            pop.add(s);
            educateAndAdd(s);
        }
        int count = 4 * params.mu();
        for (int k = 0; k < count; k++) {
            if (outOfTime()) {
                return false;
            }
            if (first
                    && pop.size() >= 2
                    && System.nanoTime() - startNanos > INITIAL_TIME_SHARE * (double) (deadline - startNanos)) {
                break;
            }
            Individual ind = new Individual(in.n, in.fleet);
            if (k % 2 == 0) {
                nearestNeighbourTour(ind.tour);
            } else {
                randomTour(ind.tour);
            }
            split.run(ind, penalty, penaltyTimeWarp);
            educateAndAdd(ind);
        }
        return true;
    }

    private void randomTour(int[] t) {
        for (int i = 0; i < in.n; i++) {
            t[i] = i + 1;
        }
        for (int i = in.n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int x = t[i];
            t[i] = t[j];
            t[j] = x;
        }
    }

    /**
     * A randomised nearest-neighbour giant tour: from a random customer, the nearest unvisited one with
     * probability 0.6, the second nearest 0.25, the third 0.15. Education from it is far quicker than from a
     * random tour on large instances, which matters under a time limit; half the initial tours stay random for
     * diversity.
     */
    void nearestNeighbourTour(int[] t) {
        int n = in.n;
        boolean[] used = new boolean[n + 1];
        int at = 1 + random.nextInt(n);
        t[0] = at;
        used[at] = true;
        for (int i = 1; i < n; i++) {
            int b0 = -1;
            int b1 = -1;
            int b2 = -1;
            double d0 = Double.MAX_VALUE;
            double d1 = Double.MAX_VALUE;
            double d2 = Double.MAX_VALUE;
            for (int c = 1; c <= n; c++) {
                if (used[c]) {
                    continue;
                }
                double dc = in.d(at, c);
                if (dc < d2) {
                    if (dc < d1) {
                        b2 = b1;
                        d2 = d1;
                        if (dc < d0) {
                            b1 = b0;
                            d1 = d0;
                            b0 = c;
                            d0 = dc;
                        } else {
                            b1 = c;
                            d1 = dc;
                        }
                    } else {
                        b2 = c;
                        d2 = dc;
                    }
                }
            }
            double r = random.nextDouble();
            int pick = r < 0.6 || b1 < 0 ? b0 : (r < 0.85 || b2 < 0 ? b1 : b2);
            t[i] = pick;
            used[pick] = true;
            at = pick;
        }
    }

    /** Ordered crossover (OX) of the giant tours, then the split. */
    private Individual crossover(Individual a, Individual b) {
        int n = in.n;
        Individual child = new Individual(n, in.fleet);
        int start = random.nextInt(n);
        int end = random.nextInt(n);
        while (n > 1 && end == start) {
            end = random.nextInt(n);
        }
        boolean[] taken = new boolean[n + 1];
        int j = start;
        while (j % n != (end + 1) % n) {
            child.tour[j % n] = a.tour[j % n];
            taken[a.tour[j % n]] = true;
            j++;
        }
        if (n == 1) {
            child.tour[0] = a.tour[0];
            taken[a.tour[0]] = true;
        }
        int fill = (end + 1) % n;
        for (int i = 1; i <= n; i++) {
            int c = b.tour[(end + i) % n];
            if (!taken[c]) {
                child.tour[fill % n] = c;
                taken[c] = true;
                fill++;
            }
        }
        split.run(child, penalty, penaltyTimeWarp);
        return child;
    }

    /** Every 100 offspring: aim at the target share of feasible local-search results. */
    private void adaptPenalty() {
        penalty = adapted(penalty, feasibleInWindow);
        if (in.timed) {
            penaltyTimeWarp = adapted(penaltyTimeWarp, timeFeasibleInWindow);
        }
        feasibleInWindow = 0;
        timeFeasibleInWindow = 0;
        countInWindow = 0;
        pop.reprice(penalty, penaltyTimeWarp);
    }

    private double adapted(double p, int feasible) {
        double share = countInWindow == 0 ? params.targetFeasible() : (double) feasible / countInWindow;
        if (share < params.targetFeasible() - 0.05 && p < 100_000) {
            return Math.min(100_000, p * 1.2);
        } else if (share > params.targetFeasible() + 0.05 && p > 0.1) {
            return Math.max(0.1, p * 0.85);
        }
        return p;
    }
}
