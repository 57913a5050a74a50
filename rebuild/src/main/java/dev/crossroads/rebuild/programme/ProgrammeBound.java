package dev.crossroads.rebuild.programme;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An upper bound on a programme's service from a time-indexed linear relaxation (OR-Tools GLOP), which knows the
 * budgets, the crews and the precedences, unlike the bound CP-SAT reports on this model.
 *
 * <p>Variable x(i, k, e) in [0, 1]: package i is done by executor k and ends at month e (from its earliest end by the
 * critical path to the horizon). Maximise the sum of x times the service of ending at e (with power scaling). Rows:
 * <ul>
 *   <li>each package at most once (exactly once when required);</li>
 *   <li>crews: per pool and month, crew size x months running in that month, at most the pool's capacity;</li>
 *   <li>budgets: per executor and year, spend rate x months running in that year, at most the budget;</li>
 *   <li>precedence a before b: sum over e of (h - e) x(b, e) at most sum over e of max(0, h - e - d_b) x(a, e).
 *       For integer plans this says b's service time is at most a's service time less b's duration, which holds
 *       when b follows a and trivially when b is left out.</li>
 * </ul>
 * Every feasible plan is a solution of this LP with the same objective, so its optimum bounds every plan.
 */
final class ProgrammeBound {
    /** Wall-clock limit of the LP solve; the bound is dropped (CP-SAT's is used) if it does not finish. */
    static final long TIME_LIMIT_MS = 300_000;

    private ProgrammeBound() {}

    /** The LP bound: {@code optimal} false when the LP did not solve (then {@code bound} is meaningless). */
    record Result(boolean optimal, double bound, int variables, int constraints) {}

    private static volatile boolean loaded;

    static Result solve(Programme prog) {
        if (!loaded) {
            synchronized (ProgrammeBound.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
        List<WorkPackage> ps = prog.packages();
        int n = ps.size();
        int h = prog.horizonMonths();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(ps.get(i).id(), i);
        }
        int[] es = new int[n];
        for (WorkPackage w : ProgrammeSolver.topological(prog)) {
            int i = index.get(w.id());
            for (String p : w.predecessors()) {
                int j = index.get(p);
                es[i] = Math.max(es[i], es[j] + ps.get(j).durationMonths());
            }
        }
        MPSolver lp = MPSolver.createSolver("GLOP");
        if (lp == null) {
            return new Result(false, 0, 0, 0);
        }
        lp.setTimeLimit(TIME_LIMIT_MS);
        double scale = 0;
        for (WorkPackage w : ps) {
            scale = Math.max(scale, prog.serviceIfEndsAt(w, 0));
        }
        scale = scale > 0 ? scale : 1;
        Map<String, MPConstraint[]> crewRows = new LinkedHashMap<>();
        Map<String, MPConstraint[]> budgetRows = new LinkedHashMap<>();
        for (String e : prog.allExecutors()) {
            MPConstraint[] rows = new MPConstraint[prog.years()];
            for (int y = 0; y < rows.length; y++) {
                rows[y] = lp.makeConstraint(-MPSolver.infinity(), prog.budgetUsd(e, y) / 1e6);
            }
            budgetRows.put(e, rows);
        }
        // per package: its variables, with their executor's index and end month
        List<List<MPVariable>> vars = new ArrayList<>();
        List<List<int[]>> keys = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < n; i++) {
            WorkPackage w = ps.get(i);
            int d = w.durationMonths();
            MPConstraint once = w.required() ? lp.makeConstraint(1, 1) : lp.makeConstraint(0, 1);
            List<MPVariable> vi = new ArrayList<>();
            List<int[]> ki = new ArrayList<>();
            List<String> ex = prog.executors(w);
            double rate = w.monthlySpendUsd() / 1e6;
            for (int k = 0; k < ex.size(); k++) {
                String pool = Programme.pool(ex.get(k), w.crewType());
                MPConstraint[] crew = crewRows.computeIfAbsent(pool, p -> {
                    MPConstraint[] rows = new MPConstraint[h];
                    for (int m = 0; m < h; m++) {
                        rows[m] = lp.makeConstraint(-MPSolver.infinity(), prog.capacity(p));
                    }
                    return rows;
                });
                MPConstraint[] budget = budgetRows.get(ex.get(k));
                for (int e = es[i] + d; e <= h; e++) {
                    MPVariable x = lp.makeNumVar(0, 1, "");
                    count++;
                    once.setCoefficient(x, 1);
                    lp.objective().setCoefficient(x, prog.serviceIfEndsAt(w, e) / scale);
                    double[] byYear = new double[prog.years()];
                    for (int m = e - d; m < e; m++) {
                        if (w.crewSize() > 0) {
                            crew[m].setCoefficient(x, w.crewSize());
                        }
                        byYear[m / 12] += rate;
                    }
                    for (int y = 0; y < byYear.length; y++) {
                        if (byYear[y] > 0) {
                            budget[y].setCoefficient(x, byYear[y]);
                        }
                    }
                    vi.add(x);
                    ki.add(new int[] {k, e});
                }
            }
            vars.add(vi);
            keys.add(ki);
        }
        for (int b = 0; b < n; b++) {
            WorkPackage w = ps.get(b);
            for (String p : w.predecessors()) {
                int a = index.get(p);
                MPConstraint row = lp.makeConstraint(-MPSolver.infinity(), 0);
                for (int v = 0; v < vars.get(b).size(); v++) {
                    row.setCoefficient(vars.get(b).get(v), h - keys.get(b).get(v)[1]);
                }
                for (int v = 0; v < vars.get(a).size(); v++) {
                    double c = Math.max(0, h - keys.get(a).get(v)[1] - w.durationMonths());
                    if (c > 0) {
                        row.setCoefficient(vars.get(a).get(v), -c);
                    }
                }
            }
        }
        lp.objective().setMaximization();
        MPSolver.ResultStatus st = lp.solve();
        int rows = lp.numConstraints();
        if (st != MPSolver.ResultStatus.OPTIMAL) {
            lp.delete();
            return new Result(false, 0, count, rows);
        }
        double bound = lp.objective().value() * scale;
        lp.delete();
        // GLOP's tolerances: keep the bound on the safe side
        return new Result(true, bound * (1 + 1e-6), count, rows);
    }
}
