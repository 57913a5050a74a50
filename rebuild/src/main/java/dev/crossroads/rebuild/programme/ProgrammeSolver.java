package dev.crossroads.rebuild.programme;

import dev.crossroads.rebuild.schedule.CpScheduler;
import dev.crossroads.rebuild.schedule.Schedule;
import dev.crossroads.rebuild.schedule.SchedulingProblem;
import dev.crossroads.rebuild.schedule.SolveListener;
import dev.crossroads.rebuild.schedule.SolveParameters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns a {@link Programme} into the shared CP-SAT scheduling model (months; one mode per capable executor;
 * one cumulative per crew pool; one budget per executor and year; weighted-service objective), solves it and
 * builds the explained {@link Plan}.
 */
public final class ProgrammeSolver {
    private static final long UNLIMITED = Long.MAX_VALUE / 1024;

    private ProgrammeSolver() {
    }

    public static Plan solve(Programme prog, SolveParameters params, SolveListener listener) {
        Model m = model(prog, prog.years());
        Schedule s = CpScheduler.solve(m.problem, params, listener);
        if (s.status() == Schedule.Status.INFEASIBLE) {
            throw new ProgrammeInfeasibleException(diagnose(prog, params));
        }
        if (s.status() == Schedule.Status.UNKNOWN) {
            throw new ProgrammeInfeasibleException("no plan found within " + params.timeLimitSeconds()
                    + " s that does all required packages; raise --time-limit or require fewer asset classes");
        }
        Plan plan = build(prog, m, s, params);
        List<String> problems = PlanChecker.check(prog, plan);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("internal error: the solver's plan breaks constraints: " + problems);
        }
        return plan;
    }

    /** The CP model with budgets enforced in years before {@code budgetYears} only (diagnosis relaxes the rest). */
    static Model model(Programme prog, int budgetYears) {
        List<String> pools = new ArrayList<>();
        Map<String, Integer> poolIndex = new HashMap<>();
        List<String> executors = prog.allExecutors();
        List<SchedulingProblem.Resource> resources = new ArrayList<>();
        for (WorkPackage w : prog.packages()) {
            for (String e : prog.executors(w)) {
                String pool = Programme.pool(e, w.crewType());
                if (!poolIndex.containsKey(pool)) {
                    poolIndex.put(pool, pools.size());
                    pools.add(pool);
                    resources.add(new SchedulingProblem.Resource(pool, prog.capacity(pool)));
                }
            }
        }
        List<SchedulingProblem.Budget> budgets = new ArrayList<>();
        for (String e : executors) {
            long[] caps = new long[prog.years()];
            for (int y = 0; y < caps.length; y++) {
                caps[y] = y < budgetYears ? (long) Math.floor(prog.budgetUsd(e, y) / 1000) : UNLIMITED;
            }
            budgets.add(new SchedulingProblem.Budget(e, 12, caps));
        }
        double maxPw = prog.packages().stream().mapToDouble(w -> w.populationServed() * w.serviceWeight()).max().orElse(1);
        double unit = Math.max(1e-9, maxPw / 1e6);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < prog.packages().size(); i++) {
            index.put(prog.packages().get(i).id(), i);
        }
        List<SchedulingProblem.Task> tasks = new ArrayList<>();
        List<List<String>> modeExec = new ArrayList<>();
        List<SchedulingProblem.Precedence> prec = new ArrayList<>();
        List<SchedulingProblem.Precedence> order = new ArrayList<>();
        for (int i = 0; i < prog.packages().size(); i++) {
            WorkPackage w = prog.packages().get(i);
            List<SchedulingProblem.Mode> modes = new ArrayList<>();
            List<String> ex = prog.executors(w);
            for (String e : ex) {
                int[] dem = new int[pools.size()];
                dem[poolIndex.get(Programme.pool(e, w.crewType()))] = w.crewSize();
                long[] cost = new long[executors.size()];
                cost[executors.indexOf(e)] = (long) Math.ceil(w.monthlySpendUsd() / 1000);
                modes.add(new SchedulingProblem.Mode(e, w.durationMonths(), dem, cost));
            }
            long weight = Math.round(w.populationServed() * w.serviceWeight() / unit);
            tasks.add(new SchedulingProblem.Task(w.id(), modes, !w.required(), weight));
            modeExec.add(ex);
            for (String p : w.predecessors()) {
                prec.add(new SchedulingProblem.Precedence(index.get(p), i));
            }
            if (w.phase() > 1) {
                String prev = w.id().substring(0, w.id().lastIndexOf('#') + 1) + (w.phase() - 1);
                Integer j = index.get(prev);
                if (j != null && prog.packages().get(j).durationMonths() == w.durationMonths()
                        && prog.packages().get(j).crewSize() == w.crewSize()) {
                    order.add(new SchedulingProblem.Precedence(j, i));
                }
            }
        }
        SchedulingProblem p = new SchedulingProblem(tasks, resources, prec, budgets, order, prog.horizonMonths(),
                SchedulingProblem.Objective.WEIGHTED_SERVICE, Optional.of(greedy(prog, modeExec, budgetYears, order)));
        return new Model(p, modeExec);
    }

    /**
     * A warm start: packages in order of weighted service per crew-month (among those whose predecessors are
     * decided), each at its earliest start and first executor that the crews and budgets (in the model's units)
     * allow; left out when none does.
     */
    static SchedulingProblem.Hint greedy(Programme prog, List<List<String>> modeExec, int budgetYears,
                                         List<SchedulingProblem.Precedence> startOrder) {
        Map<Integer, Integer> earlierPhase = new HashMap<>();
        startOrder.forEach(o -> earlierPhase.put(o.after(), o.before()));
        List<WorkPackage> ps = prog.packages();
        int n = ps.size();
        int h = prog.horizonMonths();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(ps.get(i).id(), i);
        }
        int[] start = new int[n];
        int[] mode = new int[n];
        java.util.Arrays.fill(start, -1);
        java.util.Arrays.fill(mode, -1);
        boolean[] decided = new boolean[n];
        Map<String, int[]> crew = new HashMap<>();
        Map<String, long[]> spend = new HashMap<>();
        for (int step = 0; step < n; step++) {
            int pick = -1;
            double best = -1;
            for (int i = 0; i < n; i++) {
                if (decided[i]) {
                    continue;
                }
                boolean ready = true;
                for (String pr : ps.get(i).predecessors()) {
                    ready &= decided[index.get(pr)];
                }
                if (earlierPhase.containsKey(i)) {
                    ready &= decided[earlierPhase.get(i)];
                }
                WorkPackage w = ps.get(i);
                double prio = (w.required() ? 1e30 : 0) + w.populationServed() * w.serviceWeight()
                        / Math.max(1.0, (double) w.crewSize() * w.durationMonths());
                if (ready && prio > best) {
                    best = prio;
                    pick = i;
                }
            }
            decided[pick] = true;
            WorkPackage w = ps.get(pick);
            int es = 0;
            boolean possible = true;
            for (String pr : w.predecessors()) {
                int j = index.get(pr);
                if (start[j] < 0) {
                    possible = false;
                } else {
                    es = Math.max(es, start[j] + ps.get(j).durationMonths());
                }
            }
            if (earlierPhase.containsKey(pick)) {
                int j = earlierPhase.get(pick);
                possible &= start[j] >= 0;
                es = Math.max(es, start[j]);
            }
            long rate = (long) Math.ceil(w.monthlySpendUsd() / 1000);
            search:
            for (int t = es; possible && t + w.durationMonths() <= h; t++) {
                for (int k = 0; k < modeExec.get(pick).size(); k++) {
                    String e = modeExec.get(pick).get(k);
                    String pool = Programme.pool(e, w.crewType());
                    int[] use = crew.computeIfAbsent(pool, x -> new int[h]);
                    long[] sp = spend.computeIfAbsent(e, x -> new long[prog.years()]);
                    boolean fits = true;
                    long[] add = new long[prog.years()];
                    for (int m = t; m < t + w.durationMonths() && fits; m++) {
                        fits = use[m] + w.crewSize() <= prog.capacity(pool);
                        add[m / 12] += rate;
                    }
                    for (int y = 0; y < add.length && fits; y++) {
                        fits = y >= budgetYears || add[y] == 0 || sp[y] + add[y] <= (long) Math.floor(prog.budgetUsd(e, y) / 1000);
                    }
                    if (fits) {
                        start[pick] = t;
                        mode[pick] = k;
                        for (int m = t; m < t + w.durationMonths(); m++) {
                            use[m] += w.crewSize();
                        }
                        for (int y = 0; y < add.length; y++) {
                            sp[y] += add[y];
                        }
                        break search;
                    }
                }
            }
        }
        return new SchedulingProblem.Hint(start, mode);
    }

    record Model(SchedulingProblem problem, List<List<String>> modeExecutors) {
    }

    static String diagnose(Programme prog, SolveParameters params) {
        SolveParameters quick = new SolveParameters(Math.min(10, params.timeLimitSeconds()), params.workers(), params.seed());
        Map<String, WorkPackage> byId = prog.byId();
        Map<String, Integer> finish = new HashMap<>();
        for (WorkPackage w : topological(prog)) {
            int es = 0;
            for (String p : w.predecessors()) {
                es = Math.max(es, finish.get(p));
            }
            finish.put(w.id(), es + w.durationMonths());
            if (w.required() && es + w.durationMonths() > prog.horizonMonths()) {
                return String.format(Locale.ROOT, "required package %s cannot finish within the %d-month horizon: after its "
                        + "predecessors it ends in month %d at the earliest; lengthen --horizon-months", w.id(), prog.horizonMonths(),
                        es + w.durationMonths());
            }
        }
        byId.size();
        Schedule noBudget = CpScheduler.solve(model(prog, 0).problem, quick, SolveListener.none());
        if (noBudget.status() == Schedule.Status.INFEASIBLE) {
            return "the required packages cannot all be done within the " + prog.horizonMonths()
                    + "-month horizon with the crews available, whatever the budget; add crews (--crews TYPE=N) or lengthen the horizon";
        }
        for (int y = 1; y <= prog.years(); y++) {
            Schedule s = CpScheduler.solve(model(prog, y).problem, quick, SolveListener.none());
            if (s.status() == Schedule.Status.INFEASIBLE) {
                double required = prog.packages().stream().filter(WorkPackage::required).mapToDouble(WorkPackage::costUsd).sum();
                return String.format(Locale.ROOT, "the budget is infeasible in year %d (programme year %d, %s national): the required "
                                + "packages (%s in all) cannot be paid for by the end of that year within the yearly budgets; raise "
                                + "--budget-usd-per-year or lengthen the horizon", prog.startYear() + y - 1, y,
                        PackageBuilder.usd(prog.budgetUsdByYear().get(y - 1)), PackageBuilder.usd(required));
            }
        }
        return "the required packages cannot all be scheduled under the budgets, crews and horizon together";
    }

    static List<WorkPackage> topological(Programme prog) {
        Map<String, WorkPackage> byId = prog.byId();
        List<WorkPackage> out = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>();
        for (WorkPackage w : prog.packages()) {
            visit(w, byId, seen, out);
        }
        return out;
    }

    private static void visit(WorkPackage w, Map<String, WorkPackage> byId, Map<String, Boolean> seen, List<WorkPackage> out) {
        if (seen.containsKey(w.id())) {
            return;
        }
        seen.put(w.id(), true);
        for (String p : w.predecessors()) {
            visit(byId.get(p), byId, seen, out);
        }
        out.add(w);
    }

    static Plan build(Programme prog, Model m, Schedule s, SolveParameters params) {
        int h = prog.horizonMonths();
        List<WorkPackage> ps = prog.packages();
        String[] exec = new String[ps.size()];
        int[] start = new int[ps.size()];
        for (int i = 0; i < ps.size(); i++) {
            exec[i] = s.present(i) ? m.modeExecutors().get(i).get(s.mode()[i]) : null;
            start[i] = s.present(i) ? s.start()[i] : -1;
        }
        Explainer ex = new Explainer(prog, exec, start);
        List<Plan.PackageOutcome> outcomes = new ArrayList<>();
        List<Plan.LeftOut> left = new ArrayList<>();
        double service = 0;
        double cost = 0;
        double totalWeight = 0;
        double[] restoredAt = new double[h + 1];
        int finish = 0;
        for (int i = 0; i < ps.size(); i++) {
            WorkPackage w = ps.get(i);
            double pw = w.populationServed() * w.serviceWeight();
            totalWeight += pw;
            if (exec[i] != null) {
                int end = start[i] + w.durationMonths();
                finish = Math.max(finish, end);
                service += pw * (h - end);
                cost += w.costUsd();
                restoredAt[end] += pw;
                String[] why = ex.deciding(i);
                outcomes.add(new Plan.PackageOutcome(w.id(), w.region(), w.assetClass(), w.sector(), true, exec[i], start[i], end,
                        month(prog, start[i]), month(prog, end - 1), w.costUsd(), w.durationMonths(), w.crewType(), w.crewSize(),
                        w.populationServed(), why[0], why[1]));
            } else {
                String reason = ex.leftOut(i);
                left.add(new Plan.LeftOut(w.id(), reason));
                outcomes.add(new Plan.PackageOutcome(w.id(), w.region(), w.assetClass(), w.sector(), false, "", -1, -1, "", "",
                        w.costUsd(), w.durationMonths(), w.crewType(), w.crewSize(), w.populationServed(), "left-out", reason));
            }
        }
        List<Double> curve = new ArrayList<>();
        double acc = 0;
        for (int t = 0; t <= h; t++) {
            acc += restoredAt[t];
            curve.add(totalWeight > 0 ? round(100 * acc / totalWeight, 3) : 0.0);
        }
        List<Plan.YearFigures> years = new ArrayList<>();
        Map<String, double[]> spend = ex.spendByExecutor();
        for (int y = 0; y < prog.years(); y++) {
            Map<String, Double> sp = new LinkedHashMap<>();
            Map<String, Double> bu = new LinkedHashMap<>();
            for (String e : prog.allExecutors()) {
                sp.put(e, round(spend.get(e)[y], 0));
                bu.put(e, prog.budgetUsd(e, y));
            }
            years.add(new Plan.YearFigures(prog.startYear() + y, curve.get(Math.min(h, 12 * (y + 1))), sp.get(Programme.NATIONAL),
                    bu.get(Programme.NATIONAL), sp, bu));
        }
        List<Plan.CrewUse> crews = new ArrayList<>();
        new TreeMap<>(ex.crewUse()).forEach((pool, use) -> {
            List<Integer> l = new ArrayList<>();
            for (int u : use) {
                l.add(u);
            }
            crews.add(new Plan.CrewUse(pool, prog.capacity(pool), l));
        });
        double firstFeasible = s.trace().isEmpty() ? s.seconds() : s.trace().get(0).seconds();
        double within = s.seconds();
        for (Schedule.Improvement imp : s.trace()) {
            if (imp.objective() >= 0.99 * s.objective() - 1e-9) {
                within = imp.seconds();
                break;
            }
        }
        double gap = s.objective() > 0 ? 100 * (s.bound() - s.objective()) / s.objective() : 0;
        double bound = s.objective() > 0 ? service * s.bound() / s.objective() : service;
        Plan.SolveStats stats = new Plan.SolveStats(s.status().name().toLowerCase(Locale.ROOT), round(s.seconds(), 3),
                params.timeLimitSeconds(), round(firstFeasible, 3), round(within, 3), round(Math.max(0, gap), 3), s.trace().size());
        return new Plan(s.status().name().toLowerCase(Locale.ROOT), h, prog.startYear(), service, bound, cost,
                (int) outcomes.stream().filter(Plan.PackageOutcome::selected).count(), ps.size(), finish,
                finish == 0 ? "" : month(prog, finish - 1), outcomes, curve, years, crews, left, stats, prog.assumptions());
    }

    static String month(Programme prog, int m) {
        return String.format(Locale.ROOT, "%04d-%02d", prog.startYear() + m / 12, m % 12 + 1);
    }

    private static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
