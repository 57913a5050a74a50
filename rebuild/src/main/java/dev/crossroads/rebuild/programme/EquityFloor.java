package dev.crossroads.rebuild.programme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The equity floor: for each region, packages whose service reaches the given share of the region's own service
 * (the one definition of {@link Service}, over the region's packages, without power scaling) become required, as far
 * as the crews, budgets and horizon allow.
 *
 * <p>How: the packages already required (with what they need) are the start. Then, water-filling, the region furthest
 * below its floor (as a fraction of the floor) takes its next package: the one that reaches the floor with the fewest
 * crew-months if one does, else the best service per crew-month (each counting the predecessors and earlier phases it
 * needs that are not yet required); the package is kept only if a simple schedule still fits every
 * required package: the same serial schedule (each package at its earliest start that the crews and yearly budgets
 * allow, in the programme's order) that the solver starts from, so the solver always has a complete plan to start
 * from. A package that does not fit is skipped, with why (the crews of its type, or money), and the region tries its
 * next. So the floor is capped per region at the share a schedule shows reachable, and a floor never makes a
 * programme infeasible: it only makes packages required that fit beside the others.
 *
 * <p>Per region it also reports an upper bound: the most the region could reach with every crew and dollar of the
 * programme to itself (an LP relaxation: packages that can finish within the horizon after their predecessors,
 * crew-months per crew type and money over the horizon as two fractional knapsacks; the smaller bound counts).
 */
final class EquityFloor {
    private EquityFloor() {}

    /** The packages with the floor's choices required, the lines that explain the choice, and the floor per region. */
    record Result(List<WorkPackage> packages, List<String> notes, Plan.Equity equity) {}

    static final String METHOD = "per region, the package that reaches the floor with the fewest crew-months, else "
            + "the best service per crew-month, the region furthest below "
            + "its floor first; a package becomes required only if a serial schedule of all required packages still "
            + "fits the crews, yearly budgets and horizon (the floor is capped at that reachable share); the upper "
            + "bound gives the region every crew and dollar of the programme (LP relaxation)";

    /** As {@link #apply(Programme, double)} for a programme with ample crews and money (tests of the horizon). */
    static Result apply(List<WorkPackage> packages, double minSharePercent, int horizonMonths) {
        Map<String, Integer> crews = new TreeMap<>();
        for (WorkPackage w : packages) {
            crews.merge(w.crewType(), w.crewSize(), Integer::sum);
        }
        List<Double> budgets = new ArrayList<>();
        for (int y = 0; y < (horizonMonths + 11) / 12; y++) {
            budgets.add(1e15);
        }
        return apply(
                new Programme(packages, horizonMonths, 2026, crews, budgets, List.of(), List.of()), minSharePercent);
    }

    /**
     * Applies the floor to a programme's packages (the programme gives the horizon, crews, budgets and partners);
     * a floor of 0 changes nothing.
     */
    static Result apply(Programme base, double minSharePercent) {
        List<WorkPackage> packages = base.packages();
        if (!(minSharePercent > 0)) {
            return new Result(packages, List.of(), Plan.Equity.none());
        }
        int horizonMonths = base.horizonMonths();
        Map<String, WorkPackage> byId = new LinkedHashMap<>();
        packages.forEach(w -> byId.put(w.id(), w));
        Map<String, Integer> earliestEnd = new HashMap<>();
        for (WorkPackage w : packages) {
            earliestEnd(w, byId, earliestEnd);
        }
        Fit fit = new Fit(base);
        Map<String, Integer> topo = topologicalIndex(packages, byId);
        // required packages in the order they become required (each with what it needs, predecessors first): the
        // programme lists them first in that order, so each check places the earlier ones as before
        Set<String> required = new LinkedHashSet<>();
        packages.stream().filter(WorkPackage::required).forEach(w -> addClosure(required, w, byId, topo));
        boolean room = required.isEmpty() || fit.fits(required, true);
        if (!room) {
            // the packages required without the floor do not fit a simple schedule: add nothing (never less feasible)
            required.clear();
            packages.stream().filter(WorkPackage::required).forEach(w -> required.add(w.id()));
        }
        Map<String, List<WorkPackage>> byRegion = new TreeMap<>();
        packages.forEach(w ->
                byRegion.computeIfAbsent(w.region(), k -> new ArrayList<>()).add(w));
        Map<String, Double> total = new TreeMap<>();
        Map<String, List<WorkPackage>> candidates = new TreeMap<>();
        Map<String, Map<String, Double>> shortBy = new TreeMap<>();
        for (Map.Entry<String, List<WorkPackage>> e : byRegion.entrySet()) {
            total.put(
                    e.getKey(),
                    e.getValue().stream()
                            .mapToDouble(WorkPackage::weightedPopulation)
                            .sum());
            List<WorkPackage> c = new ArrayList<>();
            for (WorkPackage w : e.getValue()) {
                if (required.contains(w.id())) {
                    continue;
                }
                if (closure(w, byId).stream().allMatch(x -> earliestEnd.get(x) <= horizonMonths)) {
                    c.add(w);
                } else {
                    shortBy.computeIfAbsent(e.getKey(), k -> new TreeMap<>())
                            .merge(horizonReason(w, byId, earliestEnd, base), w.weightedPopulation(), Double::sum);
                }
            }
            candidates.put(e.getKey(), room ? c : new ArrayList<>());
        }
        int added = 0;
        while (true) {
            String pick = null;
            double lowest = Double.POSITIVE_INFINITY;
            for (String r : candidates.keySet()) {
                double t = total.get(r) * minSharePercent / 100;
                double got = done(byRegion.get(r), required);
                if (!(t > 0) || got >= t - 1e-9 || candidates.get(r).isEmpty()) {
                    continue;
                }
                if (got / t < lowest) {
                    lowest = got / t;
                    pick = r;
                }
            }
            if (pick == null) {
                break;
            }
            List<WorkPackage> c = candidates.get(pick);
            c.removeIf(w -> required.contains(w.id()));
            if (c.isEmpty()) {
                continue;
            }
            // the fewest crew-months that reach the floor at once, else the best service per crew-month: the floor
            // takes no more crews from the others than it needs
            double need = total.get(pick) * minSharePercent / 100 - done(byRegion.get(pick), required);
            Optional<WorkPackage> reaches = c.stream()
                    .filter(w -> gain(w, byId, required) >= need - 1e-9)
                    .min(Comparator.comparingDouble((WorkPackage w) -> crewMonths(w, byId, required))
                            .thenComparing(WorkPackage::id));
            WorkPackage best = reaches.orElseGet(() -> c.stream()
                    .min(Comparator.comparingDouble((WorkPackage w) -> -perCrewMonth(w, byId, required))
                            .thenComparing(WorkPackage::id))
                    .orElseThrow());
            c.remove(best);
            Set<String> trial = new LinkedHashSet<>(required);
            addClosure(trial, best, byId, topo);
            if (fit.fits(trial, true)) {
                added += trial.size() - required.size();
                required.addAll(trial);
            } else {
                Optional<WorkPackage> stuck = fit.firstUnplaced(trial, false);
                String why = stuck.isEmpty()
                        ? "money: the yearly budgets are taken by the packages already required"
                        : stuck.get().assetClass().equals(best.assetClass())
                                ? "crews: the " + stuck.get().crewType()
                                        + " crews are taken by the packages already required"
                                : "crews: the " + stuck.get().crewType() + " crews for "
                                        + stuck.get().assetClass()
                                        + ", which " + best.assetClass()
                                        + " needs first, are taken by the packages already required";
                shortBy.computeIfAbsent(pick, k -> new TreeMap<>()).merge(why, best.weightedPopulation(), Double::sum);
            }
        }
        List<Plan.RegionFloor> regions = new ArrayList<>();
        List<String> shortOf = new ArrayList<>();
        int met = 0;
        for (Map.Entry<String, List<WorkPackage>> e : byRegion.entrySet()) {
            String r = e.getKey();
            double t = total.get(r);
            if (!(t > 0)) {
                continue;
            }
            double assured = 100 * done(e.getValue(), required) / t;
            double upper = Math.max(assured, 100 * upperBound(e.getValue(), byId, earliestEnd, base) / t);
            boolean ok = assured >= minSharePercent - 1e-9;
            int n = (int)
                    e.getValue().stream().filter(w -> required.contains(w.id())).count();
            String why = "";
            if (ok) {
                met++;
            } else {
                List<Map.Entry<String, Double>> reasons =
                        new ArrayList<>(shortBy.getOrDefault(r, Map.of()).entrySet());
                reasons.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
                List<String> words = new ArrayList<>();
                if (!room) {
                    words.add("the packages required without the floor already take the crews and budgets");
                }
                for (int k = 0; k < Math.min(2, reasons.size()); k++) {
                    words.add(String.format(
                            Locale.ROOT,
                            "%s (%.1f%% of its service)",
                            reasons.get(k).getKey(),
                            100 * reasons.get(k).getValue() / t));
                }
                why = String.join("; ", words);
                shortOf.add(String.format(
                        Locale.ROOT,
                        "%s: floor %s asked, %s reachable by %s (at most %s with every crew and dollar to itself)%s",
                        r,
                        pct(minSharePercent),
                        pct(assured),
                        ProgrammeSolver.month(base, horizonMonths - 1),
                        pct(upper),
                        why.isEmpty() ? "" : " because " + why));
            }
            regions.add(new Plan.RegionFloor(r, minSharePercent, round(assured), round(upper), ok, n, why));
        }
        List<WorkPackage> out = new ArrayList<>();
        if (room) {
            for (String id : required) {
                WorkPackage w = byId.get(id);
                out.add(w.required() ? w : required(w));
            }
            packages.stream().filter(w -> !required.contains(w.id())).forEach(out::add);
        } else {
            out.addAll(packages);
        }
        List<String> notes = new ArrayList<>();
        notes.add(String.format(
                Locale.ROOT,
                "equity: every region gets at least %s of its own service by %s where the crews, budgets and "
                        + "horizon allow (an explicit choice, --equity-min-share); %d packages are required to that "
                        + "end (per region the fewest crew-months that reach the floor, else the most service per "
                        + "crew-month); %d of %d regions reach the floor",
                pct(minSharePercent),
                ProgrammeSolver.month(base, horizonMonths - 1),
                added,
                met,
                regions.size()));
        for (String s : shortOf) {
            notes.add("equity: " + s);
        }
        return new Result(out, notes, new Plan.Equity(minSharePercent, METHOD, regions));
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f%%", v);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** Why a package cannot finish within the horizon: its own size, or its predecessors. */
    private static String horizonReason(
            WorkPackage w, Map<String, WorkPackage> byId, Map<String, Integer> earliestEnd, Programme base) {
        WorkPackage late = w;
        for (String x : closure(w, byId)) {
            if (earliestEnd.get(x) > base.horizonMonths() && byId.get(x).durationMonths() > late.durationMonths()) {
                late = byId.get(x);
            }
        }
        if (late.durationMonths() > base.horizonMonths()) {
            return String.format(
                    Locale.ROOT,
                    "horizon: %s needs %d months per phase, beyond the %d-month horizon",
                    late.assetClass(),
                    late.durationMonths(),
                    base.horizonMonths());
        }
        return String.format(
                Locale.ROOT,
                "horizon: %s cannot finish within %d months after its predecessors",
                w.assetClass(),
                base.horizonMonths());
    }

    private static double done(List<WorkPackage> region, Set<String> required) {
        return region.stream()
                .filter(w -> required.contains(w.id()))
                .mapToDouble(WorkPackage::weightedPopulation)
                .sum();
    }

    /**
     * The most service a region's packages could give with every crew and dollar of the programme: among packages
     * that can finish within the horizon after their predecessors, the smaller of two LP relaxations, crew-months
     * (per crew type: the crews of all who can take it x the horizon) and money (all budgets over the horizon), each
     * a fractional knapsack by service per unit.
     */
    private static double upperBound(
            List<WorkPackage> region, Map<String, WorkPackage> byId, Map<String, Integer> earliestEnd, Programme p) {
        List<WorkPackage> can = region.stream()
                .filter(w -> closure(w, byId).stream().allMatch(x -> earliestEnd.get(x) <= p.horizonMonths()))
                .toList();
        Map<String, List<WorkPackage>> byType = new TreeMap<>();
        can.forEach(w ->
                byType.computeIfAbsent(w.crewType(), k -> new ArrayList<>()).add(w));
        double crewBound = 0;
        for (Map.Entry<String, List<WorkPackage>> e : byType.entrySet()) {
            double crews = p.crewsByType().getOrDefault(e.getKey(), 0);
            for (ProgrammeSettings.PartnerSettings partner : p.partners()) {
                boolean takes = e.getValue().stream()
                        .anyMatch(w -> partner.assetClasses().contains(w.assetClass()));
                crews += takes ? partner.crewsPerType() : 0;
            }
            crewBound +=
                    knapsack(e.getValue(), w -> (double) w.crewSize() * w.durationMonths(), crews * p.horizonMonths());
        }
        double money = 0;
        for (String e : p.allExecutors()) {
            for (int y = 0; y < p.years(); y++) {
                money += p.budgetUsd(e, y);
            }
        }
        double moneyBound = knapsack(can, WorkPackage::costUsd, money);
        return Math.min(crewBound, moneyBound);
    }

    private static double knapsack(
            List<WorkPackage> items, java.util.function.ToDoubleFunction<WorkPackage> use, double capacity) {
        List<WorkPackage> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingDouble(
                        (WorkPackage w) -> -w.weightedPopulation() / Math.max(1e-9, use.applyAsDouble(w)))
                .thenComparing(WorkPackage::id));
        double left = capacity;
        double value = 0;
        for (WorkPackage w : sorted) {
            double u = use.applyAsDouble(w);
            if (u <= left) {
                left -= u;
                value += w.weightedPopulation();
            } else {
                value += w.weightedPopulation() * Math.max(0, left) / u;
                break;
            }
        }
        return value;
    }

    /** The region's own service a package and what it needs that is not yet required add. */
    private static double gain(WorkPackage w, Map<String, WorkPackage> byId, Set<String> required) {
        double service = 0;
        for (String x : closure(w, byId)) {
            WorkPackage p = byId.get(x);
            if (!required.contains(x) && p.region().equals(w.region())) {
                service += p.weightedPopulation();
            }
        }
        return service;
    }

    /** Crew-months of a package and of what it needs that is not yet required. */
    private static double crewMonths(WorkPackage w, Map<String, WorkPackage> byId, Set<String> required) {
        double crewMonths = 0;
        for (String x : closure(w, byId)) {
            if (!required.contains(x)) {
                WorkPackage p = byId.get(x);
                crewMonths += (double) p.crewSize() * p.durationMonths();
            }
        }
        return crewMonths;
    }

    /**
     * Service of a package per crew-month of it and of what it needs that is not yet required: crews, not money,
     * are what the floor's packages compete for first.
     */
    private static double perCrewMonth(WorkPackage w, Map<String, WorkPackage> byId, Set<String> required) {
        double crewMonths = 0;
        double service = 0;
        for (String x : closure(w, byId)) {
            if (!required.contains(x)) {
                WorkPackage p = byId.get(x);
                crewMonths += (double) p.crewSize() * p.durationMonths();
                service += p.weightedPopulation();
            }
        }
        return service / Math.max(1, crewMonths);
    }

    /** Adds a package and what it needs that is not there yet, predecessors and earlier phases first. */
    private static void addClosure(
            Set<String> to, WorkPackage w, Map<String, WorkPackage> byId, Map<String, Integer> topo) {
        closure(w, byId).stream()
                .filter(x -> !to.contains(x))
                .sorted(Comparator.comparingInt(topo::get))
                .forEach(to::add);
    }

    /** Each package's place in an order where predecessors and earlier phases come first (else the given order). */
    private static Map<String, Integer> topologicalIndex(List<WorkPackage> packages, Map<String, WorkPackage> byId) {
        Map<String, Integer> out = new HashMap<>();
        int[] next = {0};
        for (WorkPackage w : packages) {
            visit(w, byId, out, next);
        }
        return out;
    }

    private static void visit(WorkPackage w, Map<String, WorkPackage> byId, Map<String, Integer> out, int[] next) {
        if (out.containsKey(w.id())) {
            return;
        }
        out.put(w.id(), -1);
        for (String p : w.predecessors()) {
            visit(byId.get(p), byId, out, next);
        }
        earlierPhase(w).filter(byId::containsKey).ifPresent(p -> visit(byId.get(p), byId, out, next));
        out.put(w.id(), next[0]++);
    }

    /** The package, its predecessors and its earlier phases, transitively. */
    static Set<String> closure(WorkPackage w, Map<String, WorkPackage> byId) {
        Set<String> out = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(List.of(w.id()));
        while (!todo.isEmpty()) {
            String id = todo.remove(todo.size() - 1);
            if (!out.add(id)) {
                continue;
            }
            WorkPackage x = byId.get(id);
            todo.addAll(x.predecessors());
            earlierPhase(x).filter(byId::containsKey).ifPresent(todo::add);
        }
        return out;
    }

    static Optional<String> earlierPhase(WorkPackage w) {
        if (w.phase() <= 1 || w.id().lastIndexOf('#') < 0) {
            return Optional.empty();
        }
        return Optional.of(w.id().substring(0, w.id().lastIndexOf('#') + 1) + (w.phase() - 1));
    }

    /** The earliest month a package can end: after its predecessors, and no earlier than its earlier phase starts. */
    private static int earliestEnd(WorkPackage w, Map<String, WorkPackage> byId, Map<String, Integer> memo) {
        Integer m = memo.get(w.id());
        if (m != null) {
            return m;
        }
        int start = 0;
        for (String p : w.predecessors()) {
            start = Math.max(start, earliestEnd(byId.get(p), byId, memo));
        }
        Optional<String> prev = earlierPhase(w).filter(byId::containsKey);
        if (prev.isPresent()) {
            WorkPackage x = byId.get(prev.get());
            start = Math.max(start, earliestEnd(x, byId, memo) - x.durationMonths());
        }
        int end = start + w.durationMonths();
        memo.put(w.id(), end);
        return end;
    }

    /**
     * Whether a set of packages, all required, fits the programme's crews, budgets and horizon by the serial
     * schedule the solver starts from ({@link ProgrammeSolver#greedy}): it places required packages first, in the
     * programme's order, so when the set is closed under predecessors and earlier phases and listed first in the
     * programme in the set's order (as {@link #apply} does) the solver's starting plan places them exactly as here.
     */
    static final class Fit {
        private final Programme base;

        Fit(Programme base) {
            this.base = base;
        }

        boolean fits(Set<String> ids, boolean withBudget) {
            return firstUnplaced(ids, withBudget).isEmpty();
        }

        /** The first package (in the set's order) the serial schedule cannot place; empty when all fit. */
        Optional<WorkPackage> firstUnplaced(Set<String> ids, boolean withBudget) {
            Map<String, WorkPackage> byId = base.byId();
            List<WorkPackage> sub = ids.stream()
                    .map(byId::get)
                    .map(w -> w.required() ? w : required(w))
                    .toList();
            Programme p = new Programme(
                    sub,
                    base.horizonMonths(),
                    base.startYear(),
                    base.crewsByType(),
                    base.budgetUsdByYear(),
                    base.partners(),
                    List.of(),
                    base.power());
            List<List<String>> modeExec = new ArrayList<>();
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < sub.size(); i++) {
                modeExec.add(p.executors(sub.get(i)));
                index.put(sub.get(i).id(), i);
            }
            List<dev.crossroads.rebuild.schedule.SchedulingProblem.Precedence> order = new ArrayList<>();
            for (int i = 0; i < sub.size(); i++) {
                WorkPackage w = sub.get(i);
                Optional<String> prev = earlierPhase(w);
                if (prev.isPresent() && index.containsKey(prev.get())) {
                    WorkPackage x = sub.get(index.get(prev.get()));
                    if (x.durationMonths() == w.durationMonths() && x.crewSize() == w.crewSize()) {
                        order.add(new dev.crossroads.rebuild.schedule.SchedulingProblem.Precedence(
                                index.get(prev.get()), i));
                    }
                }
            }
            int[] start = ProgrammeSolver.greedy(p, modeExec, withBudget ? p.years() : 0, order)
                    .start();
            for (int i = 0; i < start.length; i++) {
                if (start[i] < 0) {
                    return Optional.of(sub.get(i));
                }
            }
            return Optional.empty();
        }
    }

    static WorkPackage required(WorkPackage w) {
        return new WorkPackage(
                w.id(),
                w.region(),
                w.assetClass(),
                w.sector(),
                w.phase(),
                w.phases(),
                w.units(),
                w.costUsd(),
                w.durationMonths(),
                w.crewType(),
                w.crewSize(),
                w.populationServed(),
                w.serviceWeight(),
                w.predecessors(),
                true,
                w.power());
    }
}
