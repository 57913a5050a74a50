package dev.crossroads.rebuild.schedule;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.CumulativeConstraint;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.IntervalVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.List;

/**
 * The CP-SAT model shared by the reconstruction programme and PSPLIB's RCPSP. Each task has a start and an end
 * variable and, per mode, an optional interval whose presence literal selects the mode; every resource is one
 * cumulative constraint over the intervals that use it; a budget period caps the sum over tasks of cost rate x
 * overlap of the task with the period.
 *
 * <p>Redundant information that makes the solver faster: earliest starts from a critical-path (CPM) pass, and
 * for all-mandatory problems latest starts from the tails and a horizon and a warm start from a serial
 * schedule-generation heuristic ({@link SerialSgs}); the makespan is bounded below by the critical path and by
 * each resource's energy (sum of duration x demand over capacity).
 */
public final class CpScheduler {
    private static volatile boolean loaded;

    private CpScheduler() {}

    static void load() {
        if (!loaded) {
            synchronized (CpScheduler.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }

    /** Solves the problem within the parameters' limits; never throws for infeasibility (status says it). */
    public static Schedule solve(SchedulingProblem p, SolveParameters params, SolveListener listener) {
        load();
        int n = p.tasks().size();
        Graph g = Graph.of(p);
        boolean allMandatory = p.tasks().stream().noneMatch(SchedulingProblem.Task::optional);
        int horizon = p.horizon();
        int[] heuristic = null;
        int lowerBound = 0;
        if (p.objective() == SchedulingProblem.Objective.MAKESPAN) {
            lowerBound = Math.max(g.criticalPath(), energyBound(p));
            if (p.budgets().isEmpty()
                    && p.tasks().stream().allMatch(t -> t.modes().size() == 1)) {
                heuristic = SerialSgs.best(p, g, params.seed(), 200);
                int ub = SerialSgs.makespan(p, heuristic);
                horizon = Math.min(horizon, ub);
                if (ub <= lowerBound) {
                    return new Schedule(
                            Schedule.Status.OPTIMAL,
                            heuristic,
                            new int[n],
                            ub,
                            ub,
                            0,
                            List.of(new Schedule.Improvement(0, ub, ub)));
                }
            }
        }
        int[] head = g.heads();
        int[] tail = g.tails();

        CpModel model = new CpModel();
        IntVar[] start = new IntVar[n];
        IntVar[] end = new IntVar[n];
        Literal[] present = new Literal[n];
        boolean[] impossible = new boolean[n];
        Literal[][] modeLit = new Literal[n][];
        List<List<IntervalVar>> byMode = new ArrayList<>();
        // an optional task whose value is zero whatever its end (for example a plant that gets no fuel) and that no
        // other task waits for is not worth doing: it is left out rather than spending budget and crews on nothing
        // (one that others wait for is done only when one of them is: see below)
        boolean[] worthless = new boolean[n];
        boolean[] valueless = new boolean[n];
        List<List<Integer>> waiting = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            waiting.add(new ArrayList<>());
        }
        if (p.objective() == SchedulingProblem.Objective.WEIGHTED_SERVICE) {
            p.precedences().forEach(pr -> waiting.get(pr.before()).add(pr.after()));
            p.startOrder().forEach(pr -> waiting.get(pr.before()).add(pr.after()));
            for (int i = 0; i < n; i++) {
                SchedulingProblem.Task t = p.tasks().get(i);
                valueless[i] = t.optional() && t.valueByEnd().length > 0 && t.valueByEnd()[0] == 0;
                worthless[i] = valueless[i] && waiting.get(i).isEmpty();
            }
        }
        for (int i = 0; i < n; i++) {
            SchedulingProblem.Task t = p.tasks().get(i);
            int minDur = t.modes().stream()
                    .mapToInt(SchedulingProblem.Mode::duration)
                    .min()
                    .orElseThrow();
            int maxDur = t.modes().stream()
                    .mapToInt(SchedulingProblem.Mode::duration)
                    .max()
                    .orElseThrow();
            impossible[i] = head[i] + minDur > horizon || worthless[i];
            int es = impossible[i] ? 0 : head[i];
            int lsBound = allMandatory ? horizon - tail[i] : horizon - minDur;
            int ls = Math.max(es, lsBound);
            start[i] = model.newIntVar(es, ls, "s" + i);
            end[i] = model.newIntVar(es + minDur, Math.max(es + minDur, ls + maxDur), "e" + i);
            if (t.optional()) {
                present[i] = model.newBoolVar("p" + i);
                if (impossible[i]) {
                    model.addEquality((BoolVar) present[i], 0);
                } else {
                    model.addLessOrEqual(end[i], horizon);
                }
            } else {
                present[i] = model.trueLiteral();
                model.addLessOrEqual(end[i], horizon);
            }
            modeLit[i] = new Literal[t.modes().size()];
            List<IntervalVar> ivs = new ArrayList<>();
            if (t.modes().size() == 1) {
                modeLit[i][0] = present[i];
                SchedulingProblem.Mode m = t.modes().get(0);
                model.addEquality(LinearExpr.newBuilder().add(start[i]).add(m.duration()), end[i]);
                ivs.add(
                        t.optional()
                                ? model.newOptionalFixedSizeIntervalVar(start[i], m.duration(), present[i], "i" + i)
                                : model.newFixedSizeIntervalVar(start[i], m.duration(), "i" + i));
            } else {
                LinearExprBuilder sum = LinearExpr.newBuilder();
                for (int k = 0; k < t.modes().size(); k++) {
                    BoolVar lit = model.newBoolVar("m" + i + "_" + k);
                    modeLit[i][k] = lit;
                    sum.add(lit);
                    int d = t.modes().get(k).duration();
                    model.addEquality(LinearExpr.newBuilder().add(start[i]).add(d), end[i])
                            .onlyEnforceIf(lit);
                    ivs.add(model.newOptionalFixedSizeIntervalVar(start[i], d, lit, "i" + i + "_" + k));
                }
                if (t.optional()) {
                    model.addEquality(sum, (BoolVar) present[i]);
                } else {
                    model.addEquality(sum, 1);
                }
            }
            byMode.add(ivs);
        }
        for (int i = 0; i < n; i++) {
            if (valueless[i]
                    && !worthless[i]
                    && !impossible[i]
                    && waiting.get(i).stream().allMatch(j -> p.tasks().get(j).optional())) {
                // done only if a task that waits for it is done
                LinearExprBuilder any = LinearExpr.newBuilder();
                for (int j : waiting.get(i)) {
                    any.add((BoolVar) present[j]);
                }
                model.addGreaterOrEqual(any, (BoolVar) present[i]);
            }
        }
        for (SchedulingProblem.Precedence pr : p.precedences()) {
            int a = pr.before();
            int b = pr.after();
            if (p.tasks().get(b).optional()) {
                model.addLessOrEqual(end[a], start[b]).onlyEnforceIf(present[b]);
                if (p.tasks().get(a).optional()) {
                    model.addImplication(present[b], present[a]);
                }
            } else {
                model.addLessOrEqual(end[a], start[b]);
                if (p.tasks().get(a).optional()) {
                    // a mandatory task waits for this one, so it is not optional: done, and done first
                    model.addEquality((BoolVar) present[a], 1);
                }
            }
        }
        for (SchedulingProblem.Precedence so : p.startOrder()) {
            model.addLessOrEqual(start[so.before()], start[so.after()]);
            if (p.tasks().get(so.after()).optional()
                    && p.tasks().get(so.before()).optional()) {
                model.addImplication(present[so.after()], present[so.before()]);
            }
        }
        for (int r = 0; r < p.resources().size(); r++) {
            CumulativeConstraint c = model.addCumulative(p.resources().get(r).capacity());
            boolean any = false;
            for (int i = 0; i < n; i++) {
                List<SchedulingProblem.Mode> modes = p.tasks().get(i).modes();
                for (int k = 0; k < modes.size(); k++) {
                    int d = modes.get(k).demands()[r];
                    if (d > 0 && modes.get(k).duration() > 0) {
                        c.addDemand(byMode.get(i).get(k), d);
                        any = true;
                    }
                }
            }
            if (!any) {
                continue;
            }
        }
        for (int b = 0; b < p.budgets().size(); b++) {
            SchedulingProblem.Budget budget = p.budgets().get(b);
            int len = budget.periodLength();
            for (int period = 0; period < budget.capPerPeriod().length; period++) {
                int from = period * len;
                int to = from + len;
                if (from >= horizon) {
                    break;
                }
                LinearExprBuilder spend = LinearExpr.newBuilder();
                boolean any = false;
                for (int i = 0; i < n; i++) {
                    List<SchedulingProblem.Mode> modes = p.tasks().get(i).modes();
                    IntVar raw = null;
                    for (int k = 0; k < modes.size(); k++) {
                        long rate = modes.get(k).costPerTime()[b];
                        if (rate <= 0
                                || modes.get(k).duration() == 0
                                || start[i].getDomain().min() >= to) {
                            continue;
                        }
                        if (raw == null) {
                            raw = overlap(model, start[i], end[i], from, to, "o" + i + "_" + b + "_" + period);
                        }
                        IntVar ov = model.newIntVar(0, len, "ov" + i + "_" + k + "_" + b + "_" + period);
                        model.addEquality(ov, raw).onlyEnforceIf(modeLit[i][k]);
                        model.addEquality(ov, 0).onlyEnforceIf(modeLit[i][k].not());
                        spend.addTerm(ov, rate);
                        any = true;
                    }
                }
                if (any) {
                    model.addLessOrEqual(spend, budget.capPerPeriod()[period]);
                }
            }
        }
        IntVar makespan = null;
        if (p.objective() == SchedulingProblem.Objective.MAKESPAN) {
            makespan = model.newIntVar(Math.min(lowerBound, horizon), horizon, "makespan");
            for (int i = 0; i < n; i++) {
                // makespan >= end + the longest chain of successors after the task (a CPM tail): redundant, but it
                // ties every task to the objective for propagation and the LP relaxation
                int after = tail[i]
                        - p.tasks().get(i).modes().stream()
                                .mapToInt(SchedulingProblem.Mode::duration)
                                .min()
                                .orElseThrow();
                if (allMandatory && (after > 0 || g.successors(i).isEmpty())) {
                    model.addLessOrEqual(LinearExpr.newBuilder().add(end[i]).add(after), makespan);
                } else if (g.successors(i).isEmpty()) {
                    model.addLessOrEqual(end[i], makespan);
                }
            }
            model.minimize(makespan);
        } else {
            LinearExprBuilder obj = LinearExpr.newBuilder();
            for (int i = 0; i < n; i++) {
                SchedulingProblem.Task task = p.tasks().get(i);
                if (task.valueByEnd().length > 0) {
                    long[] v = task.valueByEnd();
                    long maxV = v[0];
                    if (maxV == 0 || impossible[i]) {
                        continue;
                    }
                    // the value of ending at e, read from the table: exact for any rate that changes over time
                    long[] table = new long[(int) end[i].getDomain().max() + 1];
                    for (int e = 0; e < table.length; e++) {
                        table[e] = task.value(e, horizon);
                    }
                    IntVar value = model.newIntVar(0, maxV, "v" + i);
                    model.addElement(end[i], table, value);
                    IntVar benefit = model.newIntVar(0, maxV, "b" + i);
                    model.addLessOrEqual(benefit, value);
                    if (task.optional()) {
                        model.addLessOrEqual(
                                LinearExpr.newBuilder().add(benefit).addTerm((BoolVar) present[i], -maxV), 0);
                    }
                    obj.add(benefit);
                    continue;
                }
                long w = task.weight();
                if (w == 0 || impossible[i]) {
                    continue;
                }
                IntVar benefit = model.newIntVar(0, w * horizon, "b" + i);
                model.addLessOrEqual(LinearExpr.newBuilder().add(benefit).addTerm(end[i], w), w * horizon);
                if (p.tasks().get(i).optional()) {
                    model.addLessOrEqual(
                            LinearExpr.newBuilder().add(benefit).addTerm((BoolVar) present[i], -w * horizon), 0);
                }
                obj.add(benefit);
            }
            model.maximize(obj);
        }
        if (heuristic != null) {
            for (int i = 0; i < n; i++) {
                model.addHint(start[i], heuristic[i]);
            }
            if (makespan != null) {
                model.addHint(makespan, SerialSgs.makespan(p, heuristic));
            }
        } else if (p.hint().isPresent()) {
            SchedulingProblem.Hint h = p.hint().get();
            for (int i = 0; i < n && i < h.start().length; i++) {
                boolean in = h.start()[i] >= 0 && h.mode()[i] >= 0 && h.mode()[i] < modeLit[i].length;
                if (in) {
                    model.addHint(start[i], h.start()[i]);
                }
                // a mandatory one-mode task's literal is the model's shared true literal: hinting it twice makes the
                // model invalid (CP-SAT answers UNKNOWN), so hint mode literals only where they are variables
                boolean ownLiterals = p.tasks().get(i).optional() || modeLit[i].length > 1;
                for (int k = 0; k < modeLit[i].length && ownLiterals; k++) {
                    if (modeLit[i][k] instanceof BoolVar bv) {
                        model.addHint(bv, in && k == h.mode()[i]);
                    }
                }
                if (p.tasks().get(i).optional() && present[i] instanceof BoolVar pv && modeLit[i].length > 1) {
                    model.addHint(pv, in);
                }
            }
        }

        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(params.timeLimitSeconds());
        // with a work limit, one worker: several workers are deterministic only with the interleaved search, and
        // OR-Tools 9.14's interleaved search aborts the whole process ("Check failed: heuristics.fixed_search !=
        // nullptr") on an infeasible model that carries a hint (CpSchedulerChildJvmTest); one worker never did
        solver.getParameters().setNumWorkers(params.deterministic() ? 1 : params.workers());
        solver.getParameters().setRandomSeed(params.seed());
        if (params.deterministic()) {
            // a count of operations, not seconds: the same model, parameters and seed stop at the same point on
            // any machine
            solver.getParameters().setMaxDeterministicTime(params.workLimit());
        }
        List<Schedule.Improvement> trace = new ArrayList<>();
        CpSolverSolutionCallback cb = new CpSolverSolutionCallback() {
            @Override
            public void onSolutionCallback() {
                double o = objectiveValue();
                double bd = bestObjectiveBound();
                double s = wallTime();
                synchronized (trace) {
                    trace.add(new Schedule.Improvement(s, o, bd));
                }
                listener.improved(s, o, bd);
            }
        };
        CpSolverStatus st = solver.solve(model, cb);
        int[] s = new int[n];
        int[] m = new int[n];
        Schedule.Status status = switch (st) {
            case OPTIMAL -> Schedule.Status.OPTIMAL;
            case FEASIBLE -> Schedule.Status.FEASIBLE;
            case INFEASIBLE -> Schedule.Status.INFEASIBLE;
            default -> Schedule.Status.UNKNOWN;
        };
        if (status == Schedule.Status.OPTIMAL || status == Schedule.Status.FEASIBLE) {
            for (int i = 0; i < n; i++) {
                m[i] = -1;
                s[i] = -1;
                for (int k = 0; k < modeLit[i].length; k++) {
                    if (solver.booleanValue(modeLit[i][k])) {
                        m[i] = k;
                        s[i] = (int) solver.value(start[i]);
                    }
                }
            }
            return new Schedule(
                    status,
                    s,
                    m,
                    solver.objectiveValue(),
                    solver.bestObjectiveBound(),
                    solver.wallTime(),
                    trace,
                    solver.response().getDeterministicTime(),
                    stopReason(status, solver, params));
        }
        java.util.Arrays.fill(s, -1);
        java.util.Arrays.fill(m, -1);
        return new Schedule(
                status,
                s,
                m,
                Double.NaN,
                Double.NaN,
                solver.wallTime(),
                trace,
                solver.response().getDeterministicTime(),
                stopReason(status, solver, params));
    }

    /** Which limit ended a search that proved nothing: the one the run came closest to. */
    static Schedule.StopReason stopReason(Schedule.Status status, CpSolver solver, SolveParameters params) {
        if (status == Schedule.Status.OPTIMAL || status == Schedule.Status.INFEASIBLE) {
            return Schedule.StopReason.PROVED;
        }
        double wall = solver.wallTime() / params.timeLimitSeconds();
        double work = params.deterministic() ? solver.response().getDeterministicTime() / params.workLimit() : 0;
        return work >= wall ? Schedule.StopReason.WORK_LIMIT : Schedule.StopReason.TIME_LIMIT;
    }

    /** max(0, min(end, to) - max(start, from)) as a variable. */
    private static IntVar overlap(CpModel model, IntVar start, IntVar end, int from, int to, String name) {
        IntVar lo = model.newIntVar(
                Math.min(from, start.getDomain().min()),
                Math.max(from, start.getDomain().max()),
                name + "lo");
        model.addMaxEquality(lo, new com.google.ortools.sat.LinearArgument[] {start, LinearExpr.constant(from)});
        IntVar hi = model.newIntVar(
                Math.min(to, end.getDomain().min()),
                Math.max(to, end.getDomain().max()),
                name + "hi");
        model.addMinEquality(hi, new com.google.ortools.sat.LinearArgument[] {end, LinearExpr.constant(to)});
        IntVar diff = model.newIntVar(-(long) Integer.MAX_VALUE / 4, to - from, name + "d");
        model.addEquality(diff, LinearExpr.newBuilder().add(hi).addTerm(lo, -1));
        IntVar ov = model.newIntVar(0, to - from, name);
        model.addMaxEquality(ov, new com.google.ortools.sat.LinearArgument[] {diff, LinearExpr.constant(0)});
        return ov;
    }

    /** The largest over resources of ceil(sum of duration x demand / capacity), for single-mode mandatory tasks. */
    static int energyBound(SchedulingProblem p) {
        int best = 0;
        for (int r = 0; r < p.resources().size(); r++) {
            int cap = p.resources().get(r).capacity();
            if (cap <= 0) {
                continue;
            }
            long energy = 0;
            for (SchedulingProblem.Task t : p.tasks()) {
                if (t.optional()) {
                    continue;
                }
                long min = Long.MAX_VALUE;
                for (SchedulingProblem.Mode m : t.modes()) {
                    min = Math.min(min, (long) m.duration() * m.demands()[r]);
                }
                energy += min;
            }
            best = (int) Math.max(best, (energy + cap - 1) / cap);
        }
        return best;
    }
}
