package dev.crossroads.rebuild.programme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The equity floor: for each region, packages whose service reaches the given share of the region's own service
 * (the one definition of {@link Service}, over the region's packages, without power scaling) become required. A
 * region's packages are taken by service per crew-month, each with the predecessors and earlier phases it needs, among
 * those that can finish within the horizon after their predecessors; where these cannot reach the floor, the region
 * gets what they can give and the programme's assumptions say so.
 */
final class EquityFloor {
    private EquityFloor() {}

    /** The packages with the floor's choices required, and the lines that explain the choice. */
    record Result(List<WorkPackage> packages, List<String> notes) {}

    static Result apply(List<WorkPackage> packages, double minSharePercent, int horizonMonths) {
        if (!(minSharePercent > 0)) {
            return new Result(packages, List.of());
        }
        Map<String, WorkPackage> byId = new LinkedHashMap<>();
        packages.forEach(w -> byId.put(w.id(), w));
        Map<String, Integer> earliestEnd = new HashMap<>();
        for (WorkPackage w : packages) {
            earliestEnd(w, byId, earliestEnd);
        }
        Set<String> required = new LinkedHashSet<>();
        packages.stream().filter(WorkPackage::required).forEach(w -> required.add(w.id()));
        Map<String, List<WorkPackage>> byRegion = new TreeMap<>();
        packages.forEach(w ->
                byRegion.computeIfAbsent(w.region(), k -> new ArrayList<>()).add(w));
        List<String> notes = new ArrayList<>();
        List<String> shortOf = new ArrayList<>();
        int added = 0;
        for (Map.Entry<String, List<WorkPackage>> e : byRegion.entrySet()) {
            double total = e.getValue().stream()
                    .mapToDouble(WorkPackage::weightedPopulation)
                    .sum();
            if (!(total > 0)) {
                continue;
            }
            double target = total * minSharePercent / 100;
            List<WorkPackage> candidates = e.getValue().stream()
                    .filter(w -> earliestEnd.get(w.id()) <= horizonMonths)
                    .filter(w -> closure(w, byId).stream().allMatch(x -> earliestEnd.get(x) <= horizonMonths))
                    .sorted(Comparator.comparingDouble((WorkPackage w) -> -perCrewMonth(w, byId, required))
                            .thenComparing(WorkPackage::id))
                    .toList();
            for (WorkPackage w : candidates) {
                if (done(e.getValue(), required) >= target - 1e-9) {
                    break;
                }
                for (String x : closure(w, byId)) {
                    if (required.add(x)) {
                        added++;
                    }
                }
            }
            double got = done(e.getValue(), required);
            if (got < target - 1e-9) {
                shortOf.add(String.format(
                        Locale.ROOT,
                        "%s %.0f%% (the rest cannot finish within %d months after its predecessors)",
                        e.getKey(),
                        100 * got / total,
                        horizonMonths));
            }
        }
        List<WorkPackage> out = new ArrayList<>();
        for (WorkPackage w : packages) {
            out.add(required.contains(w.id()) && !w.required() ? required(w) : w);
        }
        notes.add(String.format(
                Locale.ROOT,
                "equity: every region gets at least %.0f%% of its own service by month %d (an explicit choice, "
                        + "--equity-min-share); %d packages are required to that end, chosen by service per crew-month",
                minSharePercent,
                horizonMonths,
                added));
        if (!shortOf.isEmpty()) {
            notes.add("equity: the floor cannot be reached in " + String.join("; ", shortOf));
        }
        return new Result(out, notes);
    }

    private static double done(List<WorkPackage> region, Set<String> required) {
        return region.stream()
                .filter(w -> required.contains(w.id()))
                .mapToDouble(WorkPackage::weightedPopulation)
                .sum();
    }

    /**
     * Service of a package per crew-month of it and of what it needs that is not yet required: crews, not money,
     * are what the floor's packages compete for first (ties: per dollar).
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

    static java.util.Optional<String> earlierPhase(WorkPackage w) {
        if (w.phase() <= 1 || w.id().lastIndexOf('#') < 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(w.id().substring(0, w.id().lastIndexOf('#') + 1) + (w.phase() - 1));
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
        java.util.Optional<String> prev = earlierPhase(w).filter(byId::containsKey);
        if (prev.isPresent()) {
            WorkPackage x = byId.get(prev.get());
            start = Math.max(start, earliestEnd(x, byId, memo) - x.durationMonths());
        }
        int end = start + w.durationMonths();
        memo.put(w.id(), end);
        return end;
    }

    private static WorkPackage required(WorkPackage w) {
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
