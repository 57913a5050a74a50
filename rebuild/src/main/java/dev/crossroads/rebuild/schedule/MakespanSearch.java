package dev.crossroads.rebuild.schedule;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.CumulativeConstraint;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.IntervalVar;
import com.google.ortools.sat.LinearExpr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Minimum makespan for the RCPSP kind of {@link SchedulingProblem} (single mode, every task mandatory, no budget,
 * no start order) in three steps:
 *
 * <ol>
 *   <li>a genetic schedule generator (random keys decoded by the serial SGS, each child improved by
 *       forward-backward justification, Hartmann's and Valls' method) gives the first schedule in well under a
 *       second and hints CP-SAT;
 *   <li>CP-SAT on the full model (with that hint, the critical-path, energy and energetic-reasoning bounds) for a
 *       share of the budget: it proves the easy instances and gives the lower bound;
 *   <li>large-neighbourhood search around CP-SAT: each neighbourhood keeps the incumbent's order between the
 *       activities it does not free (end before the next start on each resource they use, a partial-order
 *       schedule) and lets CP-SAT re-place a block of activities (a window of consecutive starts, a critical
 *       chain, a resource's block or a random set) with the makespan capped one below the best; improvements are
 *       accepted, the block grows when CP-SAT proves its neighbourhood holds nothing better and shrinks when it
 *       runs out of work. {@code workers} neighbourhoods run in parallel per round, one CP-SAT worker each.
 * </ol>
 *
 * <p>Reproducible: with a finite work limit the result is a function of the problem, the seed and the budgets
 * (every CP-SAT call has a deterministic work limit and one worker; rounds are merged in a fixed order). The wall-clock limit is an outer limit and, when it stops the search, says so.
 */
public final class MakespanSearch {
    private MakespanSearch() {}

    /**
     * Work budgets.
     *
     * @param gaSchedules       schedules the genetic generator decodes (each with its justification)
     * @param firstSolveShare   share of the time (and work) limit for CP-SAT on the full model
     * @param neighbourhoodWork CP-SAT deterministic time per neighbourhood
     * @param maxNeighbourhoods neighbourhoods at most (a work budget independent of the machine)
     */
    public record Settings(int gaSchedules, double firstSolveShare, double neighbourhoodWork, int maxNeighbourhoods) {
        public Settings {
            if (gaSchedules < 1 || !(firstSolveShare > 0 && firstSolveShare <= 1) || !(neighbourhoodWork > 0)) {
                throw new IllegalArgumentException(
                        "GA schedules and neighbourhood work must be positive, the first" + " solve's share in (0, 1]");
            }
            if (maxNeighbourhoods < 0) {
                throw new IllegalArgumentException("neighbourhoods must not be negative");
            }
        }

        public static Settings defaults() {
            return new Settings(600, 0.3, 0.1, Integer.MAX_VALUE);
        }

        public Settings withMaxNeighbourhoods(int k) {
            return new Settings(gaSchedules, firstSolveShare, neighbourhoodWork, k);
        }
    }

    /** Whether this search models {@code p}: makespan, single mode, all mandatory, no budget, no start order. */
    public static boolean applies(SchedulingProblem p) {
        return p.objective() == SchedulingProblem.Objective.MAKESPAN
                && p.budgets().isEmpty()
                && p.startOrder().isEmpty()
                && p.tasks().stream().allMatch(t -> !t.optional() && t.modes().size() == 1);
    }

    public static Schedule solve(SchedulingProblem p, SolveParameters params, SolveListener listener) {
        return solve(p, params, listener, Settings.defaults());
    }

    public static Schedule solve(SchedulingProblem p, SolveParameters params, SolveListener listener, Settings set) {
        if (!applies(p)) {
            return CpScheduler.solve(p, params, listener);
        }
        CpScheduler.load();
        long t0 = System.nanoTime();
        Rcpsp r = new Rcpsp(p);
        List<Schedule.Improvement> trace = new ArrayList<>();
        int lb = Math.max(r.graph.criticalPath(), CpScheduler.energyBound(p));
        int[] best = Genetic.run(p, r.graph, params.seed(), set.gaSchedules(), lb);
        int bestMs = SerialSgs.makespan(p, best);
        trace.add(new Schedule.Improvement(seconds(t0), bestMs, lb));
        listener.improved(seconds(t0), bestMs, lb);
        if (bestMs > lb) {
            lb = Math.max(lb, EnergeticBound.of(p, r.graph, lb, bestMs));
        }
        double work = 0;
        Schedule.StopReason stop = Schedule.StopReason.PROVED;
        if (bestMs > lb) {
            double wallShare = Math.max(0.05, params.timeLimitSeconds() * set.firstSolveShare());
            double workShare =
                    params.deterministic() ? params.workLimit() * set.firstSolveShare() : Double.POSITIVE_INFINITY;
            // with a work limit, one worker: CP-SAT's multi-worker search is deterministic only interleaved, and
            // the interleaved search aborts on some small RCPSP models (OR-Tools 9.14: "heuristics.fixed_search")
            int fullWorkers = params.deterministic() ? 1 : params.workers();
            Sub full = r.solve(best, bestMs, null, fullWorkers, params.seed(), wallShare, workShare, lb);
            work += full.work;
            lb = Math.max(lb, full.bound);
            if (full.start != null && full.makespan < bestMs) {
                best = full.start;
                bestMs = full.makespan;
                trace.add(new Schedule.Improvement(seconds(t0), bestMs, lb));
                listener.improved(seconds(t0), bestMs, lb);
            }
        }
        int neighbourhoods = 0;
        if (bestMs > lb) {
            int threads = Math.max(1, params.workers());
            ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, daemon()) : null;
            try {
                Random rnd = new Random(params.seed() * 7919L + 17);
                int n = p.tasks().size();
                double size = Math.max(4, Math.min(n, 0.25 * n));
                stop = null;
                while (stop == null) {
                    if (bestMs <= lb) {
                        stop = Schedule.StopReason.PROVED;
                        break;
                    }
                    if (neighbourhoods >= set.maxNeighbourhoods()) {
                        stop = Schedule.StopReason.WORK_LIMIT;
                        break;
                    }
                    if (params.deterministic() && work >= params.workLimit()) {
                        stop = Schedule.StopReason.WORK_LIMIT;
                        break;
                    }
                    double left = params.timeLimitSeconds() - seconds(t0);
                    if (left <= 0.05) {
                        stop = Schedule.StopReason.TIME_LIMIT;
                        break;
                    }
                    int round = Math.min(threads, set.maxNeighbourhoods() - neighbourhoods);
                    List<boolean[]> freed = new ArrayList<>();
                    int[] seeds = new int[round];
                    for (int k = 0; k < round; k++) {
                        freed.add(r.neighbourhood(best, bestMs, (int) Math.round(size), rnd));
                        seeds[k] = rnd.nextInt(1 << 20);
                    }
                    final int[] inc = best;
                    final int incMs = bestMs;
                    final int lower = lb;
                    List<Sub> results = new ArrayList<>();
                    if (pool == null) {
                        results.add(
                                r.solve(inc, incMs, freed.get(0), 1, seeds[0], left, set.neighbourhoodWork(), lower));
                    } else {
                        List<Future<Sub>> fs = new ArrayList<>();
                        for (int k = 0; k < round; k++) {
                            boolean[] f = freed.get(k);
                            int sd = seeds[k];
                            fs.add(pool.submit(
                                    () -> r.solve(inc, incMs, f, 1, sd, left, set.neighbourhoodWork(), lower)));
                        }
                        for (Future<Sub> f : fs) {
                            try {
                                results.add(f.get());
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                throw new IllegalStateException("interrupted", e);
                            } catch (java.util.concurrent.ExecutionException e) {
                                throw new IllegalStateException(e.getCause());
                            }
                        }
                    }
                    neighbourhoods += round;
                    int proved = 0;
                    for (Sub s : results) {
                        work += s.work;
                        if (s.start != null && s.makespan < bestMs) {
                            best = s.start;
                            bestMs = s.makespan;
                            trace.add(new Schedule.Improvement(seconds(t0), bestMs, lb));
                            listener.improved(seconds(t0), bestMs, lb);
                        }
                        if (s.proved) {
                            proved++;
                        }
                    }
                    // grow the block when CP-SAT exhausts its neighbourhoods, shrink it when it runs out of work
                    size = proved * 2 >= results.size() ? Math.min(n, size * 1.1 + 1) : Math.max(4, size * 0.9);
                }
            } finally {
                if (pool != null) {
                    pool.shutdownNow();
                }
            }
        }
        boolean optimal = bestMs <= lb;
        return new Schedule(
                optimal ? Schedule.Status.OPTIMAL : Schedule.Status.FEASIBLE,
                best,
                new int[p.tasks().size()],
                bestMs,
                Math.min(lb, bestMs),
                seconds(t0),
                trace,
                work,
                optimal ? Schedule.StopReason.PROVED : stop);
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return run -> {
            Thread t = new Thread(run, "makespan-lns");
            t.setDaemon(true);
            return t;
        };
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** One CP-SAT call's outcome: a better schedule or none, whether the call proved its (sub)problem. */
    record Sub(int[] start, int makespan, boolean proved, double work, int bound) {}

    /** The instance's data in arrays, the CP-SAT model and the neighbourhoods. */
    static final class Rcpsp {
        final SchedulingProblem p;
        final Graph graph;
        final int n;
        final int[] dur;
        final int[][] dem;
        final int[] cap;
        final int[] head;
        final int[] tail;
        /** share[i][j]: i and j both use some resource. */
        final boolean[][] share;

        Rcpsp(SchedulingProblem p) {
            this.p = p;
            graph = Graph.of(p);
            n = p.tasks().size();
            dur = new int[n];
            dem = new int[n][];
            for (int i = 0; i < n; i++) {
                SchedulingProblem.Mode m = p.tasks().get(i).modes().get(0);
                dur[i] = m.duration();
                dem[i] = m.demands();
            }
            cap = p.resources().stream()
                    .mapToInt(SchedulingProblem.Resource::capacity)
                    .toArray();
            head = graph.heads();
            tail = graph.tails();
            share = new boolean[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    for (int r = 0; r < cap.length && !share[i][j]; r++) {
                        share[i][j] = i != j && dur[i] > 0 && dur[j] > 0 && dem[i][r] > 0 && dem[j][r] > 0;
                    }
                }
            }
        }

        /**
         * CP-SAT on the full model ({@code freed == null}) or on the neighbourhood that frees the marked tasks and
         * keeps the incumbent's order among the others; the makespan is capped at {@code incMs - 1}.
         */
        Sub solve(
                int[] inc,
                int incMs,
                boolean[] freed,
                int workers,
                int seed,
                double seconds,
                double workLimit,
                int lb) {
            int ub = incMs - 1;
            if (ub < lb) {
                return new Sub(null, incMs, true, 0, incMs);
            }
            CpModel model = new CpModel();
            IntVar[] s = new IntVar[n];
            IntervalVar[] iv = new IntervalVar[n];
            for (int i = 0; i < n; i++) {
                int ls = ub - tail[i];
                if (ls < head[i]) {
                    return new Sub(null, incMs, true, 0, incMs);
                }
                s[i] = model.newIntVar(head[i], ls, "s" + i);
                iv[i] = model.newFixedSizeIntervalVar(s[i], dur[i], "i" + i);
            }
            IntVar ms = model.newIntVar(Math.min(lb, ub), ub, "makespan");
            for (int i = 0; i < n; i++) {
                for (int j : graph.successors(i)) {
                    model.addLessOrEqual(LinearExpr.newBuilder().add(s[i]).add(dur[i]), s[j]);
                }
                model.addLessOrEqual(LinearExpr.newBuilder().add(s[i]).add(tail[i]), ms);
            }
            for (int res = 0; res < cap.length; res++) {
                CumulativeConstraint c = model.addCumulative(cap[res]);
                for (int i = 0; i < n; i++) {
                    if (dem[i][res] > 0 && dur[i] > 0) {
                        c.addDemand(iv[i], dem[i][res]);
                    }
                }
            }
            if (freed != null) {
                // the incumbent's order between kept tasks on each resource, to the next start on it only: the rest
                // follows mostly by transitivity, and what does not only makes the neighbourhood larger
                boolean[][] linked = new boolean[n][n];
                for (int i = 0; i < n; i++) {
                    if (freed[i] || dur[i] == 0) {
                        continue;
                    }
                    int end = inc[i] + dur[i];
                    for (int res = 0; res < cap.length; res++) {
                        if (dem[i][res] == 0) {
                            continue;
                        }
                        int next = Integer.MAX_VALUE;
                        for (int j = 0; j < n; j++) {
                            if (!freed[j] && dur[j] > 0 && dem[j][res] > 0 && inc[j] >= end) {
                                next = Math.min(next, inc[j]);
                            }
                        }
                        for (int j = 0; j < n; j++) {
                            if (!freed[j] && dur[j] > 0 && dem[j][res] > 0 && inc[j] == next && !linked[i][j]) {
                                linked[i][j] = true;
                                model.addLessOrEqual(
                                        LinearExpr.newBuilder().add(s[i]).add(dur[i]), s[j]);
                            }
                        }
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                model.addHint(s[i], inc[i]);
            }
            model.minimize(ms);
            CpSolver solver = new CpSolver();
            solver.getParameters().setNumWorkers(workers);
            solver.getParameters().setRandomSeed(seed);
            solver.getParameters().setMaxTimeInSeconds(Math.max(0.01, seconds));
            if (freed != null) {
                solver.getParameters().setLinearizationLevel(0);
            }
            if (Double.isFinite(workLimit)) {
                solver.getParameters().setMaxDeterministicTime(workLimit);
            }
            CpSolverStatus st = solver.solve(model, new CpSolverSolutionCallback() {});
            double work = solver.response().getDeterministicTime();
            boolean proved = st == CpSolverStatus.OPTIMAL || st == CpSolverStatus.INFEASIBLE;
            int bound = freed == null
                    ? (st == CpSolverStatus.INFEASIBLE ? incMs : (int) Math.ceil(solver.bestObjectiveBound() - 1e-6))
                    : 0;
            if (st == CpSolverStatus.OPTIMAL || st == CpSolverStatus.FEASIBLE) {
                int[] start = new int[n];
                for (int i = 0; i < n; i++) {
                    start[i] = (int) solver.value(s[i]);
                }
                int m = SerialSgs.makespan(p, start);
                return new Sub(start, m, proved, work, freed == null && st == CpSolverStatus.OPTIMAL ? m : bound);
            }
            return new Sub(null, incMs, proved, work, bound);
        }

        /** The tasks one neighbourhood frees, about {@code size} of them, by one of four rules chosen at random. */
        boolean[] neighbourhood(int[] inc, int incMs, int size, Random rnd) {
            boolean[] f = new boolean[n];
            Integer[] byStart = new Integer[n];
            for (int i = 0; i < n; i++) {
                byStart[i] = i;
            }
            Arrays.sort(byStart, (a, b) -> inc[a] != inc[b] ? Integer.compare(inc[a], inc[b]) : Integer.compare(a, b));
            int kind = rnd.nextInt(4);
            size = Math.min(n, size);
            switch (kind) {
                case 0 -> {
                    // a window of consecutive starts
                    int from = rnd.nextInt(Math.max(1, n - size + 1));
                    for (int k = from; k < from + size; k++) {
                        f[byStart[k]] = true;
                    }
                }
                case 1 -> {
                    // a critical chain (tasks ending where the next starts, back from the makespan) and its vicinity
                    List<Integer> chain = criticalChain(inc, incMs, rnd);
                    for (int c : chain) {
                        f[c] = true;
                    }
                    fillNear(f, inc, chain, size, rnd);
                }
                case 2 -> {
                    // the tasks sharing a resource with one task, nearest in time first
                    int c = rnd.nextInt(n);
                    f[c] = true;
                    fillNear(f, inc, List.of(c), size, rnd);
                }
                default -> {
                    int k = 0;
                    while (k < size) {
                        int i = rnd.nextInt(n);
                        if (!f[i]) {
                            f[i] = true;
                            k++;
                        }
                    }
                }
            }
            return f;
        }

        private void fillNear(boolean[] f, int[] inc, List<Integer> seeds, int size, Random rnd) {
            int count = 0;
            for (boolean b : f) {
                count += b ? 1 : 0;
            }
            if (count >= size) {
                return;
            }
            Integer[] cand = new Integer[n];
            long[] key = new long[n];
            for (int i = 0; i < n; i++) {
                cand[i] = i;
                int d = Integer.MAX_VALUE / 4;
                for (int c : seeds) {
                    int gap = Math.abs(inc[i] - inc[c]);
                    d = Math.min(d, share[i][c] ? gap : gap * 2 + 1);
                }
                key[i] = (long) d * 1024 + rnd.nextInt(1024);
            }
            Arrays.sort(cand, (a, b) -> Long.compare(key[a], key[b]));
            for (int k = 0; k < n && count < size; k++) {
                if (!f[cand[k]]) {
                    f[cand[k]] = true;
                    count++;
                }
            }
        }

        private List<Integer> criticalChain(int[] inc, int incMs, Random rnd) {
            List<Integer> chain = new ArrayList<>();
            List<Integer> ends = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (inc[i] + dur[i] == incMs && dur[i] > 0) {
                    ends.add(i);
                }
            }
            if (ends.isEmpty()) {
                return chain;
            }
            int cur = ends.get(rnd.nextInt(ends.size()));
            boolean[] seen = new boolean[n];
            while (cur >= 0 && !seen[cur]) {
                seen[cur] = true;
                chain.add(cur);
                List<Integer> before = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (dur[i] > 0
                            && inc[i] + dur[i] == inc[cur]
                            && (share[i][cur] || graph.successors(i).contains(cur))) {
                        before.add(i);
                    }
                }
                cur = before.isEmpty() ? -1 : before.get(rnd.nextInt(before.size()));
            }
            return chain;
        }
    }
}
