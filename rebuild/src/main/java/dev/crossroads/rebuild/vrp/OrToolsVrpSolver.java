package dev.crossroads.rebuild.vrp;

import com.google.ortools.Loader;
import com.google.ortools.constraintsolver.Assignment;
import com.google.ortools.constraintsolver.FirstSolutionStrategy;
import com.google.ortools.constraintsolver.LocalSearchMetaheuristic;
import com.google.ortools.constraintsolver.RoutingDimension;
import com.google.ortools.constraintsolver.RoutingIndexManager;
import com.google.ortools.constraintsolver.RoutingModel;
import com.google.ortools.constraintsolver.RoutingSearchParameters;
import com.google.ortools.constraintsolver.main;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * OR-Tools routing (constraint solver) with guided local search. The model has one node per distinct depot
 * location and one node per job, so several jobs at one place stay separate; arc costs and times are
 * registered as matrices (no Java callbacks during search). Times are scaled like distances.
 */
public final class OrToolsVrpSolver implements VrpSolver {
    private static volatile boolean loaded;

    @Override
    public String name() {
        return "ortools";
    }

    static synchronized void load() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    /**
     * The first-solution heuristic: path cheapest arc for capacity-only problems; parallel cheapest insertion
     * where there are time windows, because path cheapest arc found no feasible first solution within 30 s on
     * the tight Solomon R1 and RC1 instances with their 25 vehicles (R101, R102, R105, RC101 among them), while
     * parallel cheapest insertion found one on each and ended within 0.2-3.8% of the best known
     * (bench/README-logistics.md).
     */
    static FirstSolutionStrategy.Value firstSolution(VrpProblem p) {
        return p.timed()
                ? FirstSolutionStrategy.Value.PARALLEL_CHEAPEST_INSERTION
                : FirstSolutionStrategy.Value.PATH_CHEAPEST_ARC;
    }

    @Override
    public VrpSolution solve(VrpProblem p, Duration limit, Optional<VrpSolution> start) {
        return solve(p, VrpBudget.wall(limit), start);
    }

    /**
     * With an iteration budget: routing's {@code solution_limit}, the number of solutions the search may find (the
     * first one included); the search runs on one thread and has no random choices, so it is deterministic when that
     * limit and not the wall limit stops it.
     */
    @Override
    public VrpSolution solve(VrpProblem p, VrpBudget budget, Optional<VrpSolution> start) {
        Duration limit = budget.wallLimit();
        load();
        long t0 = System.nanoTime();
        List<VrpVehicle> vehicles = p.vehicles();
        Map<Integer, Integer> depotNode = new LinkedHashMap<>();
        for (VrpVehicle v : vehicles) {
            depotNode.putIfAbsent(v.start(), depotNode.size());
            depotNode.putIfAbsent(v.end(), depotNode.size());
        }
        int d = depotNode.size();
        int n = d + p.jobs().size();
        int[] location = new int[n];
        depotNode.forEach((loc, node) -> location[node] = loc);
        for (int j = 0; j < p.jobs().size(); j++) {
            location[d + j] = p.jobs().get(j).location();
        }
        int[] starts = new int[vehicles.size()];
        int[] ends = new int[vehicles.size()];
        for (int k = 0; k < vehicles.size(); k++) {
            starts[k] = depotNode.get(vehicles.get(k).start());
            ends[k] = depotNode.get(vehicles.get(k).end());
        }
        double scale = p.distanceScale();
        long big = (long) (VrpProblem.UNREACHABLE / 1000);
        long[][] cost = new long[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                double x = p.distance()[location[a]][location[b]];
                cost[a][b] = x >= VrpProblem.UNREACHABLE ? big : Math.round(x * scale);
            }
        }
        RoutingIndexManager manager = new RoutingIndexManager(n, vehicles.size(), starts, ends);
        RoutingModel routing = new RoutingModel(manager);
        int costCb = routing.registerTransitMatrix(cost);
        routing.setArcCostEvaluatorOfAllVehicles(costCb);

        long[] demand = new long[n];
        for (int j = 0; j < p.jobs().size(); j++) {
            demand[d + j] = p.jobs().get(j).demand();
        }
        int demandCb = routing.registerUnaryTransitVector(demand);
        long[] caps = vehicles.stream().mapToLong(VrpVehicle::capacity).toArray();
        routing.addDimensionWithVehicleCapacity(demandCb, 0, caps, true, "load");

        if (p.timed()) {
            long horizon = Math.round(p.horizon() * scale) + 1;
            long[][] time = new long[n][n];
            for (int a = 0; a < n; a++) {
                double service = a >= d ? p.jobs().get(a - d).serviceTime() : 0;
                for (int b = 0; b < n; b++) {
                    double t = p.travelTime()[location[a]][location[b]];
                    time[a][b] =
                            t >= VrpProblem.UNREACHABLE ? horizon + 1 : (long) Math.ceil((service + t) * scale - 1e-9);
                }
            }
            int timeCb = routing.registerTransitMatrix(time);
            routing.addDimension(timeCb, horizon, horizon, false, "time");
            RoutingDimension dim = routing.getMutableDimension("time");
            for (int j = 0; j < p.jobs().size(); j++) {
                VrpJob job = p.jobs().get(j);
                long due = job.dueTime() >= VrpJob.OPEN ? horizon : (long) Math.floor(job.dueTime() * scale + 1e-9);
                dim.cumulVar(manager.nodeToIndex(d + j))
                        .setRange((long) Math.ceil(job.readyTime() * scale - 1e-9), due);
            }
            for (int k = 0; k < vehicles.size(); k++) {
                VrpVehicle v = vehicles.get(k);
                long lo = (long) Math.ceil(v.earliestStart() * scale - 1e-9);
                long hi = v.latestEnd() >= VrpJob.OPEN ? horizon : (long) Math.floor(v.latestEnd() * scale + 1e-9);
                dim.cumulVar(routing.start(k)).setRange(lo, hi);
                dim.cumulVar(routing.end(k)).setRange(lo, hi);
                routing.addVariableMinimizedByFinalizer(dim.cumulVar(routing.start(k)));
            }
        }
        if (p.allowUnassigned()) {
            long penalty = Math.round(p.unassignedPenalty() * scale);
            for (int j = 0; j < p.jobs().size(); j++) {
                routing.addDisjunction(new long[] {manager.nodeToIndex(d + j)}, penalty);
            }
        }
        long remainingMs = Math.max(100, limit.toMillis() - (System.nanoTime() - t0) / 1_000_000);
        RoutingSearchParameters.Builder pb = main.defaultRoutingSearchParameters().toBuilder()
                .setFirstSolutionStrategy(firstSolution(p))
                .setLocalSearchMetaheuristic(LocalSearchMetaheuristic.Value.GUIDED_LOCAL_SEARCH)
                .setTimeLimit(com.google.protobuf.Duration.newBuilder()
                        .setSeconds(remainingMs / 1000)
                        .setNanos((int) (remainingMs % 1000) * 1_000_000)
                        .build());
        budget.iterations().ifPresent(pb::setSolutionLimit);
        RoutingSearchParameters params = pb.build();
        Assignment solution = null;
        if (start.isPresent() && start.get().routes().size() <= vehicles.size()) {
            long[][] routes = new long[vehicles.size()][];
            for (int k = 0; k < routes.length; k++) {
                routes[k] = new long[0];
            }
            boolean ok = true;
            boolean[] taken = new boolean[vehicles.size()];
            for (VrpRoute r : start.get().routes()) {
                int k = r.vehicle();
                if (taken[k]) {
                    k = freeTwin(vehicles, taken, vehicles.get(r.vehicle()));
                }
                if (k < 0) {
                    ok = false;
                    break;
                }
                taken[k] = true;
                routes[k] = r.jobs().stream()
                        .mapToLong(j -> manager.nodeToIndex(d + j))
                        .toArray();
            }
            Assignment initial = ok ? routing.readAssignmentFromRoutes(routes, true) : null;
            if (initial != null) {
                solution = routing.solveFromAssignmentWithParameters(initial, params);
            }
        }
        if (solution == null) {
            solution = routing.solveWithParameters(params);
        }
        if (solution == null && p.allowUnassigned()) {
            // no first solution within the limit: start from "every job left out", which is always feasible, and
            // let the local search insert jobs (needs a moment more than the limit on tight budgets)
            long[][] empty = new long[vehicles.size()][0];
            Assignment none = routing.readAssignmentFromRoutes(empty, true);
            if (none != null) {
                solution = routing.solveFromAssignmentWithParameters(
                        none,
                        params.toBuilder()
                                .setTimeLimit(com.google.protobuf.Duration.newBuilder()
                                        .setNanos(500_000_000)
                                        .build())
                                .build());
            }
        }
        long elapsed = (System.nanoTime() - t0) / 1_000_000;
        if (solution == null) {
            List<Integer> all = new ArrayList<>();
            for (int j = 0; j < p.jobs().size(); j++) {
                all.add(j);
            }
            return VrpSolution.of(name(), p, List.of(), all, elapsed);
        }
        List<VrpRoute> routes = new ArrayList<>();
        for (int k = 0; k < vehicles.size(); k++) {
            List<Integer> jobs = new ArrayList<>();
            long index = solution.value(routing.nextVar(routing.start(k)));
            while (!routing.isEnd(index)) {
                int job = manager.indexToNode(index) - d;
                jobs.add(job);
                index = solution.value(routing.nextVar(index));
            }
            routes.add(new VrpRoute(k, jobs));
        }
        // OR-Tools breaks ties between interchangeable trucks or loads differently from one solve to the next
        return VrpSolution.of(name(), p, CanonicalRoutes.of(p, routes), CanonicalRoutes.unassigned(p, routes), elapsed);
    }

    /** Another unused vehicle with the same depots and capacity (a seed from an unlimited fleet reuses ids). */
    private static int freeTwin(List<VrpVehicle> vehicles, boolean[] taken, VrpVehicle like) {
        for (int k = 0; k < vehicles.size(); k++) {
            VrpVehicle v = vehicles.get(k);
            if (!taken[k]
                    && v.start() == like.start()
                    && v.end() == like.end()
                    && v.capacity() == like.capacity()
                    && v.earliestStart() == like.earliestStart()
                    && v.latestEnd() == like.latestEnd()) {
                return k;
            }
        }
        return -1;
    }
}
