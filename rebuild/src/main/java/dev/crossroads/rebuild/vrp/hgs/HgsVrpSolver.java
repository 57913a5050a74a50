package dev.crossroads.rebuild.vrp.hgs;

import dev.crossroads.rebuild.vrp.PortfolioVrpSolver;
import dev.crossroads.rebuild.vrp.VrpBudget;
import dev.crossroads.rebuild.vrp.VrpJob;
import dev.crossroads.rebuild.vrp.VrpProblem;
import dev.crossroads.rebuild.vrp.VrpRoute;
import dev.crossroads.rebuild.vrp.VrpSolution;
import dev.crossroads.rebuild.vrp.VrpSolver;
import dev.crossroads.rebuild.vrp.VrpValidator;
import dev.crossroads.rebuild.vrp.VrpVehicle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Solver {@code hgs}: our hybrid genetic search ({@link Hgs}) on the problems it models, the capacitated VRP with
 * or without time windows: one depot where every vehicle starts and ends, one capacity, one working window for
 * every vehicle, customers with time windows and service times (the VRPTW, as in Solomon's instances), every
 * job served, every leg reachable; the fleet either unlimited or limited to the problem's vehicles. Any other
 * problem (several depots, capacities or vehicle windows, jobs that may be left out, unreachable legs) goes to
 * the fallback, by default the {@link PortfolioVrpSolver}, whose result is returned under its own name: the
 * rebuild logistics problems (optional deliveries) are of that kind. So is a problem on which the search found
 * no feasible solution within its budget (a fleet too small for the loads or the windows). Every solution the
 * search returns is checked by {@link VrpValidator} first; one that fails (which would be a fault) goes to the
 * fallback too.
 *
 * <p>With time windows the granular neighbourhoods hold at least the 40 customers closest by the correlation of
 * Vidal et al. (2013), as published for the VRPTW.
 *
 * <p>Reproducible: the search is a deterministic function of the problem, the seed and the iteration budget
 * ({@link HgsParams}); the time limit of {@link #solve} is an outer limit only.
 */
public final class HgsVrpSolver implements VrpSolver {
    private final HgsParams params;
    private final Supplier<VrpSolver> fallback;
    private volatile Report lastReport;

    /** The published defaults, seed 1, restarts until the time limit; the portfolio as fallback. */
    public HgsVrpSolver() {
        this(HgsParams.defaults());
    }

    public HgsVrpSolver(HgsParams params) {
        this(params, PortfolioVrpSolver::new);
    }

    public HgsVrpSolver(HgsParams params, Supplier<VrpSolver> fallback) {
        this.params = params;
        this.fallback = fallback;
    }

    @Override
    public String name() {
        return "hgs";
    }

    /** How the last search on this solver ended: offspring generated, restarts, the limit that stopped it. */
    public record Report(long iterations, int restarts, String stoppedBy) {}

    public Optional<Report> lastReport() {
        return Optional.ofNullable(lastReport);
    }

    /** Why HGS does not model {@code p}, or empty when it does. */
    public static Optional<String> unsupported(VrpProblem p) {
        if (p.allowUnassigned()) {
            return Optional.of("jobs may be left out");
        }
        VrpVehicle first = p.vehicles().get(0);
        for (VrpVehicle v : p.vehicles()) {
            if (v.start() != first.start() || v.end() != first.start()) {
                return Optional.of("vehicles start or end at different depots");
            }
            if (v.capacity() != first.capacity()) {
                return Optional.of("vehicles of different capacities");
            }
            if (v.earliestStart() != first.earliestStart() || v.latestEnd() != first.latestEnd()) {
                return Optional.of("vehicles of different working windows");
            }
        }
        int depot = first.start();
        for (VrpJob j : p.jobs()) {
            if (p.distance()[depot][j.location()] >= VrpProblem.UNREACHABLE
                    || p.distance()[j.location()][depot] >= VrpProblem.UNREACHABLE) {
                return Optional.of("a job the depot cannot reach");
            }
            if (j.demand() > first.capacity()) {
                return Optional.of("a job above the capacity");
            }
        }
        for (VrpJob a : p.jobs()) {
            for (VrpJob b : p.jobs()) {
                if (p.distance()[a.location()][b.location()] >= VrpProblem.UNREACHABLE) {
                    return Optional.of("an unreachable leg between jobs");
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public VrpSolution solve(VrpProblem p, Duration limit, Optional<VrpSolution> start) {
        return solve(p, VrpBudget.wall(limit), start);
    }

    /** With an iteration budget: at most that many offspring in all (restarts included), as {@link HgsParams}. */
    @Override
    public VrpSolution solve(VrpProblem p, VrpBudget budget, Optional<VrpSolution> start) {
        Duration limit = budget.wallLimit();
        HgsParams params = budget.iterations().isPresent()
                ? capped(this.params, budget.iterations().getAsLong())
                : this.params;
        long t0 = System.nanoTime();
        if (unsupported(p).isPresent()) {
            lastReport = null;
            return fallback.get().solve(p, budget, start);
        }
        int n = p.jobs().size();
        int depot = p.vehicles().get(0).start();
        int capacity = p.vehicles().get(0).capacity();
        int[] loc = new int[n + 1];
        loc[0] = depot;
        int[] demand = new int[n + 1];
        for (int j = 0; j < n; j++) {
            loc[j + 1] = p.jobs().get(j).location();
            demand[j + 1] = p.jobs().get(j).demand();
        }
        boolean timed = p.timed();
        double[][] d = new double[n + 1][n + 1];
        double[][] t = timed ? new double[n + 1][n + 1] : null;
        for (int a = 0; a <= n; a++) {
            for (int b = 0; b <= n; b++) {
                d[a][b] = p.distance()[loc[a]][loc[b]];
                if (timed) {
                    t[a][b] = p.travelTime()[loc[a]][loc[b]];
                }
            }
        }
        int fleet = p.unlimitedFleet()
                ? Math.max(1, (int) Math.ceil(1.3 * sum(demand) / capacity) + 3)
                : p.vehicles().size();
        if (timed && p.unlimitedFleet()) {
            fleet = Math.max(fleet, Math.min(n, 2 * fleet)); // windows may need more routes than the loads
        }
        Instance in;
        if (timed) {
            VrpVehicle v0 = p.vehicles().get(0);
            double[] ready = new double[n + 1];
            double[] due = new double[n + 1];
            double[] service = new double[n + 1];
            ready[0] = v0.earliestStart();
            due[0] = v0.latestEnd();
            for (int j = 0; j < n; j++) {
                VrpJob job = p.jobs().get(j);
                ready[j + 1] = job.readyTime();
                due[j + 1] = job.dueTime();
                service[j + 1] = job.serviceTime();
            }
            in = new Instance(
                    d,
                    demand,
                    capacity,
                    fleet,
                    Math.max(TIMED_GRANULAR, params.granularNeighbours()),
                    t,
                    ready,
                    due,
                    service);
        } else {
            in = new Instance(d, demand, capacity, fleet, params.granularNeighbours());
        }
        Optional<int[][]> startRoutes = start.filter(s -> s.unassigned().isEmpty())
                .map(s -> {
                    boolean[] seen = new boolean[n];
                    int[][] routes = new int[s.routes().size()][];
                    for (int r = 0; r < routes.length; r++) {
                        List<Integer> jobs = s.routes().get(r).jobs();
                        routes[r] = new int[jobs.size()];
                        for (int i = 0; i < jobs.size(); i++) {
                            int j = jobs.get(i);
                            if (j < 0 || j >= n || seen[j]) {
                                return null;
                            }
                            seen[j] = true;
                            routes[r][i] = j + 1;
                        }
                    }
                    for (boolean b : seen) {
                        if (!b) {
                            return null;
                        }
                    }
                    return routes;
                });
        long deadline = t0 + limit.toNanos();
        Hgs.Result result = new Hgs(in, params, deadline).run(startRoutes);
        if (result.routes().isEmpty() && startRoutes.isEmpty() && fleet >= n && System.nanoTime() < deadline) {
            // Tight windows can keep the penalised search from any feasible solution within a small budget. With a
            // route for every job, one job per route is the classic feasible start (each job alone is reachable):
            // search again from it, with the same settings and what is left of the time.
            int[][] singletons = new int[n][];
            for (int j = 0; j < n; j++) {
                singletons[j] = new int[] {j + 1};
            }
            result = new Hgs(in, params, deadline).run(Optional.of(singletons));
        }
        lastReport = new Report(
                result.iterations(),
                result.restarts(),
                switch (result.stop()) {
                    case ITERATIONS -> "iteration budget";
                    case NO_IMPROVEMENT -> "iterations without improvement";
                    case WALL_TIME -> "wall time";
                });
        if (result.routes().isEmpty()) {
            long left = Math.max(100, limit.toMillis() - (System.nanoTime() - t0) / 1_000_000);
            return fallback.get().solve(p, budget.withWallLimit(Duration.ofMillis(left)), start);
        }
        List<VrpRoute> routes = new ArrayList<>();
        int k = 0;
        for (int[] r : result.routes().get()) {
            List<Integer> jobs = new ArrayList<>(r.length);
            for (int c : r) {
                jobs.add(c - 1);
            }
            // one vehicle per route; an unlimited fleet reuses its (identical) vehicles beyond their number
            routes.add(new VrpRoute(k < p.vehicles().size() ? k : 0, jobs));
            k++;
        }
        VrpSolution solution = VrpSolution.of(name(), p, routes, List.of(), (System.nanoTime() - t0) / 1_000_000);
        if (!VrpValidator.violations(p, solution).isEmpty()) {
            long left = Math.max(100, limit.toMillis() - (System.nanoTime() - t0) / 1_000_000);
            return fallback.get().solve(p, budget.withWallLimit(Duration.ofMillis(left)), start);
        }
        return solution;
    }

    /** The settings with at most {@code total} offspring in all (restarts and the other budget as they were). */
    private static HgsParams capped(HgsParams q, long total) {
        return new HgsParams(
                q.seed(),
                q.iterationsWithoutImprovement(),
                Math.min(q.maxIterations(), total),
                q.restarts(),
                q.granularNeighbours(),
                q.mu(),
                q.lambda(),
                q.elite(),
                q.close(),
                q.targetFeasible());
    }

    /** Granular neighbours with time windows: Vidal et al. (2013) use 40. */
    private static final int TIMED_GRANULAR = 40;

    private static long sum(int[] a) {
        long s = 0;
        for (int x : a) {
            s += x;
        }
        return s;
    }
}
