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

    private ProgrammeSolver() {}

    public static Plan solve(Programme prog, SolveParameters params, SolveListener listener) {
        return solve(prog, params, listener, Optional.empty());
    }

    /**
     * Solves the programme, starting from {@code warmStart} when given: a plan of a run with fewer options (the
     * same packages, fewer partners, less budget or fewer crews) is feasible here, so it is the search's hint and
     * the result is the better of it and what the search finds. A run warm-started from a plan never reports less
     * service than that plan (as counted in this programme).
     */
    public static Plan solve(Programme prog, SolveParameters params, SolveListener listener, Optional<Plan> warmStart) {
        Optional<SchedulingProblem.Hint> given = Optional.empty();
        String warmNote = "";
        if (warmStart.isPresent()) {
            List<String> problems = PlanChecker.check(prog, warmStart.get());
            if (problems.isEmpty()) {
                given = Optional.of(hint(prog, warmStart.get()));
            } else {
                warmNote = "the given plan was not used: it is not feasible in this programme (" + problems.get(0)
                        + (problems.size() > 1 ? " and " + (problems.size() - 1) + " more" : "") + ")";
            }
        }
        Model m = model(prog, prog.years(), given);
        Schedule s = CpScheduler.solve(m.problem, params, listener);
        Schedule searched = s;
        if (given.isEmpty()) {
            Optional<String> kept = keepStartIfBetter(prog, m, s);
            if (kept.isPresent()) {
                s = startSchedule(prog, m, s);
                warmNote = kept.get();
            }
        }
        if (given.isPresent()) {
            SchedulingProblem.Hint h = given.get();
            double givenService = service(prog, h.start(), h.mode());
            boolean found = s.status() == Schedule.Status.OPTIMAL || s.status() == Schedule.Status.FEASIBLE;
            double foundService = found ? service(prog, s.start(), s.mode()) : -1;
            if (foundService + 1e-9 * Math.max(1, givenService) < givenService) {
                double objective = givenService / m.unit();
                s = new Schedule(
                        Schedule.Status.FEASIBLE,
                        h.start(),
                        h.mode(),
                        objective,
                        found ? Math.max(s.bound(), objective) : Double.NaN,
                        s.seconds(),
                        s.trace(),
                        s.workSeconds(),
                        s.stoppedBy());
                warmNote = String.format(
                        Locale.ROOT,
                        "kept the given plan (service %.6g): the search %s",
                        givenService,
                        found
                                ? String.format(Locale.ROOT, "found only %.6g", foundService)
                                : "found no plan within its limit");
            } else {
                warmNote = String.format(
                        Locale.ROOT,
                        "started from the given plan (service %.6g); the search found %.6g",
                        givenService,
                        foundService);
            }
        }
        if (s.status() == Schedule.Status.INFEASIBLE) {
            throw new ProgrammeInfeasibleException(diagnose(prog, params)
                    + prog.assumptions().stream()
                            .filter(a -> a.contains(Programme.RequiredClosure.WAITED_FOR))
                            .map(a -> "; note: " + a)
                            .findFirst()
                            .orElse(""));
        }
        if (s.status() == Schedule.Status.UNKNOWN) {
            throw new ProgrammeInfeasibleException(
                    "no plan found within "
                            + (params.deterministic()
                                    ? String.format(Locale.ROOT, "the work limit (%.0f) or ", params.workLimit())
                                    : "")
                            + params.timeLimitSeconds()
                            + " s that does all required packages; raise --work-limit / --time-limit or require fewer asset classes");
        }
        long t0 = System.nanoTime();
        ProgrammeBound.Result lp = ProgrammeBound.solve(prog);
        double lpSeconds = (System.nanoTime() - t0) / 1e9;
        Plan plan = build(prog, m, s, params, lp, lpSeconds, warmNote);
        List<String> problems = PlanChecker.check(prog, plan);
        if (!problems.isEmpty() && s != searched && searched.status() != Schedule.Status.UNKNOWN) {
            // the starting plan broke a constraint the checker knows: the search's own plan it is
            plan = build(prog, m, searched, params, lp, lpSeconds, "");
            problems = PlanChecker.check(prog, plan);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("internal error: the solver's plan breaks constraints: " + problems);
        }
        return plan;
    }

    /**
     * When the search (within its work or time limit) ends below the serial schedule it started from, or finds no plan
     * while that schedule does every required package, the starting schedule is the better plan: says so, else empty.
     * (CP-SAT does not always keep its hint within a limit; a plan is never worse than where the search began.)
     */
    static Optional<String> keepStartIfBetter(Programme prog, Model m, Schedule s) {
        if (m.problem().hint().isEmpty() || s.status() == Schedule.Status.INFEASIBLE) {
            return Optional.empty();
        }
        SchedulingProblem.Hint h = m.problem().hint().get();
        for (int i = 0; i < prog.packages().size(); i++) {
            if (prog.packages().get(i).required() && h.mode()[i] < 0) {
                return Optional.empty();
            }
        }
        double start = service(prog, h.start(), h.mode());
        boolean found = s.status() == Schedule.Status.OPTIMAL || s.status() == Schedule.Status.FEASIBLE;
        double foundService = found ? service(prog, s.start(), s.mode()) : -1;
        if (foundService + 1e-9 * Math.max(1, start) >= start) {
            return Optional.empty();
        }
        return Optional.of(String.format(
                Locale.ROOT,
                "kept the solver's starting plan (a serial schedule, service %.6g): the search %s",
                start,
                found
                        ? String.format(Locale.ROOT, "found only %.6g within its limit", foundService)
                        : "found no plan within its limit"));
    }

    /** The starting schedule as the result, with the search's bound, time and trace. */
    static Schedule startSchedule(Programme prog, Model m, Schedule s) {
        SchedulingProblem.Hint h = m.problem().hint().orElseThrow();
        double objective = service(prog, h.start(), h.mode()) / m.unit();
        boolean found = s.status() == Schedule.Status.OPTIMAL || s.status() == Schedule.Status.FEASIBLE;
        return new Schedule(
                Schedule.Status.FEASIBLE,
                h.start(),
                h.mode(),
                objective,
                found ? Math.max(s.bound(), objective) : Double.NaN,
                s.seconds(),
                s.trace(),
                s.workSeconds(),
                s.stoppedBy());
    }

    /** A plan of the same packages as a hint: per package its start and the index of its executor here. */
    static SchedulingProblem.Hint hint(Programme prog, Plan plan) {
        Map<String, Plan.PackageOutcome> out = new HashMap<>();
        plan.packages().forEach(o -> out.put(o.id(), o));
        int n = prog.packages().size();
        int[] start = new int[n];
        int[] mode = new int[n];
        for (int i = 0; i < n; i++) {
            WorkPackage w = prog.packages().get(i);
            Plan.PackageOutcome o = out.get(w.id());
            boolean in = o != null && o.selected();
            start[i] = in ? o.startMonth() : -1;
            mode[i] = in ? prog.executors(w).indexOf(o.executor()) : -1;
        }
        return new SchedulingProblem.Hint(start, mode);
    }

    /** The service (counted, with power) of a schedule given as starts and modes (-1: left out). */
    static double service(Programme prog, int[] start, int[] mode) {
        double total = 0;
        for (int i = 0; i < prog.packages().size(); i++) {
            if (mode[i] >= 0) {
                WorkPackage w = prog.packages().get(i);
                total += prog.serviceIfEndsAt(w, start[i] + w.durationMonths());
            }
        }
        return total;
    }

    /** The CP model with budgets enforced in years before {@code budgetYears} only (diagnosis relaxes the rest). */
    static Model model(Programme prog, int budgetYears) {
        return model(prog, budgetYears, Optional.empty());
    }

    /** As {@link #model(Programme, int)}, with a given warm start instead of the greedy one. */
    static Model model(Programme prog, int budgetYears, Optional<SchedulingProblem.Hint> given) {
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
        double maxPw = prog.packages().stream()
                .mapToDouble(w -> w.populationServed() * w.serviceWeight())
                .max()
                .orElse(1);
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
            double[] f = factors(prog, w);
            boolean flat = java.util.Arrays.stream(f).allMatch(x -> x == f[0]);
            if (flat && !(f[0] == 0 && w.power() != PowerCoupling.NONE)) {
                // one rate over the horizon: linear in the end month (f = 1 without a power input: today's model)
                long weight = Math.round(w.weightedPopulation() * f[0] / unit);
                tasks.add(new SchedulingProblem.Task(w.id(), modes, !w.required(), weight));
            } else {
                long[] value = new long[prog.horizonMonths() + 1];
                for (int e = 0; e <= prog.horizonMonths(); e++) {
                    value[e] = Math.round(prog.serviceIfEndsAt(w, e) / unit);
                }
                tasks.add(new SchedulingProblem.Task(
                        w.id(), modes, !w.required(), Math.round(w.weightedPopulation() / unit), value));
            }
            modeExec.add(ex);
            for (String p : w.predecessors()) {
                prec.add(new SchedulingProblem.Precedence(index.get(p), i));
            }
            if (w.phase() > 1) {
                String prev = w.id().substring(0, w.id().lastIndexOf('#') + 1) + (w.phase() - 1);
                Integer j = index.get(prev);
                if (j != null
                        && prog.packages().get(j).durationMonths() == w.durationMonths()
                        && prog.packages().get(j).crewSize() == w.crewSize()) {
                    order.add(new SchedulingProblem.Precedence(j, i));
                }
            }
        }
        SchedulingProblem p = new SchedulingProblem(
                tasks,
                resources,
                prec,
                budgets,
                order,
                prog.horizonMonths(),
                SchedulingProblem.Objective.WEIGHTED_SERVICE,
                Optional.of(given.orElseGet(() -> greedy(prog, modeExec, budgetYears, order))));
        return new Model(p, modeExec, unit);
    }

    /** The counted share of a package's service in each programme year. */
    static double[] factors(Programme prog, WorkPackage w) {
        double[] f = new double[prog.years()];
        for (int y = 0; y < f.length; y++) {
            f[y] = prog.serviceFactor(w, y);
        }
        return f;
    }

    /**
     * A warm start: packages in order of weighted service per crew-month (among those whose predecessors are
     * decided), each at its earliest start and first executor that the crews and budgets (in the model's units)
     * allow; left out when none does.
     */
    static SchedulingProblem.Hint greedy(
            Programme prog,
            List<List<String>> modeExec,
            int budgetYears,
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
                double meanFactor =
                        java.util.Arrays.stream(factors(prog, w)).average().orElse(1);
                double prio = (w.required() ? 1e30 : 0)
                        + w.weightedPopulation()
                                * meanFactor
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
                        fits = y >= budgetYears
                                || add[y] == 0
                                || sp[y] + add[y] <= (long) Math.floor(prog.budgetUsd(e, y) / 1000);
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

    /** The CP model, the executor of each task's modes, and the service (in real units) of one objective unit. */
    record Model(SchedulingProblem problem, List<List<String>> modeExecutors, double unit) {}

    static String diagnose(Programme prog, SolveParameters params) {
        SolveParameters quick = new SolveParameters(
                Math.min(10, params.timeLimitSeconds()),
                params.workers(),
                params.seed(),
                params.deterministic() ? Math.min(10, params.workLimit()) : Double.POSITIVE_INFINITY);
        Map<String, WorkPackage> byId = prog.byId();
        Map<String, Integer> finish = new HashMap<>();
        for (WorkPackage w : topological(prog)) {
            int es = 0;
            for (String p : w.predecessors()) {
                es = Math.max(es, finish.get(p));
            }
            finish.put(w.id(), es + w.durationMonths());
            if (w.required() && es + w.durationMonths() > prog.horizonMonths()) {
                return String.format(
                        Locale.ROOT,
                        "required package %s cannot finish within the %d-month horizon: after its "
                                + "predecessors it ends in month %d at the earliest; lengthen --horizon-months",
                        w.id(),
                        prog.horizonMonths(),
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
                double required = prog.packages().stream()
                        .filter(WorkPackage::required)
                        .mapToDouble(WorkPackage::costUsd)
                        .sum();
                return String.format(
                        Locale.ROOT,
                        "the budget is infeasible in year %d (programme year %d, %s national): the required "
                                + "packages (%s in all) cannot be paid for by the end of that year within the yearly budgets; raise "
                                + "--budget-usd-per-year or lengthen the horizon",
                        prog.startYear() + y - 1,
                        y,
                        PackageBuilder.usd(prog.budgetUsdByYear().get(y - 1)),
                        PackageBuilder.usd(required));
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

    private static void visit(
            WorkPackage w, Map<String, WorkPackage> byId, Map<String, Boolean> seen, List<WorkPackage> out) {
        if (seen.containsKey(w.id())) {
            return;
        }
        seen.put(w.id(), true);
        for (String p : w.predecessors()) {
            visit(byId.get(p), byId, seen, out);
        }
        out.add(w);
    }

    static Plan build(
            Programme prog,
            Model m,
            Schedule s,
            SolveParameters params,
            ProgrammeBound.Result lp,
            double lpSeconds,
            String warmNote) {
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
        List<Plan.PackagePower> powered = new ArrayList<>();
        double service = 0;
        double unscaled = 0;
        double cost = 0;
        double totalWeight = 0;
        double[] restoredAt = new double[h + 1];
        // per programme year, the counted weight of packages done by each month: restoredScaled[y][t]
        double[][] restoredScaled = new double[prog.years()][h + 1];
        int finish = 0;
        for (int i = 0; i < ps.size(); i++) {
            WorkPackage w = ps.get(i);
            double pw = w.weightedPopulation();
            totalWeight += pw;
            double[] f = factors(prog, w);
            double counted = 0;
            double full = 0;
            if (exec[i] != null) {
                int end = start[i] + w.durationMonths();
                finish = Math.max(finish, end);
                counted = prog.serviceIfEndsAt(w, end);
                full = prog.unscaledServiceIfEndsAt(w, end);
                service += counted;
                unscaled += full;
                cost += w.costUsd();
                restoredAt[end] += pw;
                for (int y = 0; y < f.length; y++) {
                    restoredScaled[y][end] += pw * f[y];
                }
                String[] why = ex.deciding(i);
                outcomes.add(new Plan.PackageOutcome(
                        w.id(),
                        w.region(),
                        w.assetClass(),
                        w.sector(),
                        true,
                        exec[i],
                        start[i],
                        end,
                        month(prog, start[i]),
                        month(prog, end - 1),
                        w.costUsd(),
                        w.durationMonths(),
                        w.crewType(),
                        w.crewSize(),
                        w.populationServed(),
                        why[0],
                        why[1]));
            } else {
                String reason = ex.leftOut(i);
                double mean = java.util.Arrays.stream(f).average().orElse(1);
                if (mean < 1 && reason.startsWith("would fit")) {
                    reason += String.format(
                            Locale.ROOT,
                            "; its service counts only %.0f%% on average for lack of %s",
                            100 * mean,
                            w.power() == PowerCoupling.GAS_FUEL ? "gas to fuel it" : "grid power in " + w.region());
                }
                left.add(new Plan.LeftOut(w.id(), reason));
                outcomes.add(new Plan.PackageOutcome(
                        w.id(),
                        w.region(),
                        w.assetClass(),
                        w.sector(),
                        false,
                        "",
                        -1,
                        -1,
                        "",
                        "",
                        w.costUsd(),
                        w.durationMonths(),
                        w.crewType(),
                        w.crewSize(),
                        w.populationServed(),
                        "left-out",
                        reason));
            }
            if (w.power() != PowerCoupling.NONE && java.util.Arrays.stream(f).anyMatch(x -> x < 1)) {
                List<Double> shares = new ArrayList<>();
                for (double x : f) {
                    shares.add(round(x, 4));
                }
                powered.add(new Plan.PackagePower(
                        w.id(), w.region(), w.power().code(), shares, exec[i] != null, full, counted));
            }
        }
        // the curve: at month t, the weight of packages done by t, each counted at the share of the year t falls in
        List<Double> curve = new ArrayList<>();
        List<Double> curveUnscaled = new ArrayList<>();
        double acc = 0;
        double[] accScaled = new double[prog.years()];
        for (int t = 0; t <= h; t++) {
            acc += restoredAt[t];
            int y = Math.min(prog.years() - 1, Math.max(0, t - 1) / 12);
            for (int k = 0; k < accScaled.length; k++) {
                accScaled[k] += restoredScaled[k][t];
            }
            curve.add(totalWeight > 0 ? round(100 * accScaled[y] / totalWeight, 3) : 0.0);
            curveUnscaled.add(totalWeight > 0 ? round(100 * acc / totalWeight, 3) : 0.0);
        }
        List<Plan.YearFigures> years = new ArrayList<>();
        List<Plan.PowerYear> powerYears = new ArrayList<>();
        Map<String, double[]> spend = ex.spendByExecutor();
        for (int y = 0; y < prog.years(); y++) {
            Map<String, Double> sp = new LinkedHashMap<>();
            Map<String, Double> bu = new LinkedHashMap<>();
            for (String e : prog.allExecutors()) {
                sp.put(e, round(spend.get(e)[y], 0));
                bu.put(e, prog.budgetUsd(e, y));
            }
            int at = Math.min(h, 12 * (y + 1));
            years.add(new Plan.YearFigures(
                    prog.startYear() + y,
                    curve.get(at),
                    sp.get(Programme.NATIONAL),
                    bu.get(Programme.NATIONAL),
                    sp,
                    bu));
            powerYears.add(new Plan.PowerYear(prog.startYear() + y, curveUnscaled.get(at), curve.get(at)));
        }
        List<Plan.CrewUse> crews = new ArrayList<>();
        new TreeMap<>(ex.crewUse()).forEach((pool, use) -> {
            List<Integer> l = new ArrayList<>();
            for (int u : use) {
                l.add(u);
            }
            crews.add(new Plan.CrewUse(pool, prog.capacity(pool), l));
        });
        double firstFeasible =
                s.trace().isEmpty() ? s.seconds() : s.trace().get(0).seconds();
        double within = s.seconds();
        for (Schedule.Improvement imp : s.trace()) {
            if (imp.objective() >= 0.99 * s.objective() - 1e-9) {
                within = imp.seconds();
                break;
            }
        }
        double cpBound =
                Double.isFinite(s.bound()) ? Math.max(service, s.bound() * m.unit()) : Double.POSITIVE_INFINITY;
        double lpBound = lp.optimal() ? Math.max(service, lp.bound()) : Double.POSITIVE_INFINITY;
        double bound = Math.min(cpBound, lpBound);
        if (!Double.isFinite(bound)) {
            bound = service;
        }
        boolean proved = s.status() == Schedule.Status.OPTIMAL;
        double gap = proved ? 0 : gapPercent(service, bound);
        boolean reproducible = proved || (params.deterministic() && s.stoppedBy() == Schedule.StopReason.WORK_LIMIT);
        Plan.SolveStats stats = new Plan.SolveStats(
                s.status().name().toLowerCase(Locale.ROOT),
                round(s.seconds(), 3),
                params.timeLimitSeconds(),
                round(firstFeasible, 3),
                round(within, 3),
                round(gap, 3),
                s.trace().size(),
                s.stoppedBy().code(),
                reproducible,
                params.seed(),
                params.workers(),
                params.deterministic() ? params.workLimit() : 0,
                round(s.workSeconds(), 3),
                lp.optimal() ? lp.bound() : 0,
                lp.optimal() ? round(gapPercent(service, lpBound), 3) : 0,
                round(lpSeconds, 3),
                proved ? 0 : round(gapPercent(service, cpBound), 3),
                warmNote);
        Plan.PowerEffect power = new Plan.PowerEffect(
                !prog.power().isNone(),
                prog.power().basis(),
                unscaled,
                prog.power().isNone() ? List.of() : powerYears,
                powered);
        List<Plan.YearLimit> limits = PlanExplanation.limits(prog, outcomes, left, years, crews, power);
        List<Plan.RegionOutcome> regions =
                PlanExplanation.regions(prog, outcomes, left, curve.isEmpty() ? 0 : curve.get(curve.size() - 1));
        return new Plan(
                s.status().name().toLowerCase(Locale.ROOT),
                h,
                prog.startYear(),
                service,
                bound,
                cost,
                (int) outcomes.stream().filter(Plan.PackageOutcome::selected).count(),
                ps.size(),
                finish,
                finish == 0 ? "" : month(prog, finish - 1),
                outcomes,
                curve,
                years,
                crews,
                left,
                stats,
                prog.assumptions(),
                power,
                limits,
                regions,
                prog.equity());
    }

    private static double gapPercent(double service, double bound) {
        if (!Double.isFinite(bound)) {
            return 0;
        }
        return service > 0 ? Math.max(0, 100 * (bound - service) / service) : (bound > 0 ? 100 : 0);
    }

    static String month(Programme prog, int m) {
        return String.format(Locale.ROOT, "%04d-%02d", prog.startYear() + m / 12, m % 12 + 1);
    }

    private static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
