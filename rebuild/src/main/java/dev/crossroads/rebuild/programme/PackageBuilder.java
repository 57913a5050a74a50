package dev.crossroads.rebuild.programme;

import dev.crossroads.core.rebuild.AssetClass;
import dev.crossroads.core.rebuild.Damage;
import dev.crossroads.core.rebuild.Dependency;
import dev.crossroads.core.rebuild.RebuildInputs;
import dev.crossroads.core.rebuild.Region;
import dev.crossroads.core.rebuild.UnitCost;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Derives work packages from the pack: one per region and damaged asset class (central estimate), cut into
 * phases where the work is large; predecessors from the pack's dependency table (scope region: the same
 * region's packages; national: every region's).
 */
public final class PackageBuilder {
    /** Crew-months per million USD when an asset class gives no units per crew-month (illustrative). */
    static final double CREW_MONTHS_PER_MUSD = 1.0;

    private PackageBuilder() {}

    public static Programme programme(RebuildInputs in, ProgrammeSettings s) {
        Map<String, AssetClass> classes =
                in.assetClasses().stream().collect(Collectors.toMap(AssetClass::id, Function.identity()));
        Map<String, UnitCost> costs = in.unitCosts().stream()
                .collect(Collectors.toMap(UnitCost::assetClass, Function.identity(), (a, b) -> a));
        Map<String, Region> regions = in.regions().stream().collect(Collectors.toMap(Region::id, Function.identity()));
        for (String r : s.requiredClasses()) {
            if (!classes.containsKey(r)) {
                throw new IllegalArgumentException(
                        "required asset class " + r + " is not in the pack; known: " + new TreeSet<>(classes.keySet()));
            }
        }
        for (ProgrammeSettings.PartnerSettings p : s.partners()) {
            for (String c : p.assetClasses()) {
                if (!classes.containsKey(c)) {
                    throw new IllegalArgumentException(
                            "partner " + p.id() + " is given asset class " + c + ", which is not in the pack");
                }
            }
        }
        for (String r : new TreeSet<>(union(
                s.power().demandShareServed().keySet(),
                s.power().gasFiredFuelShare().keySet()))) {
            if (!regions.containsKey(r)) {
                throw new IllegalArgumentException(
                        "the power input names region " + r + ", which is not in the pack's rebuild/regions.csv; "
                                + "known: " + new TreeSet<>(regions.keySet()));
            }
        }
        Map<String, Integer> crews = new TreeMap<>();
        for (AssetClass ac : in.assetClasses()) {
            crews.put(ac.crewType(), s.crews(ac.crewType()));
        }
        crews.putAll(s.crewsByType());
        List<Damage> damage = new ArrayList<>(in.damage());
        damage.sort((a, b) -> a.region().equals(b.region())
                ? a.assetClass().compareTo(b.assetClass())
                : a.region().compareTo(b.region()));
        // (region, class) -> package ids
        Map<String, List<String>> ids = new LinkedHashMap<>();
        List<String[]> raw = new ArrayList<>();
        List<WorkPackage> draft = new ArrayList<>();
        for (Damage d : damage) {
            AssetClass ac = classes.get(d.assetClass());
            UnitCost uc = costs.get(d.assetClass());
            if (ac == null || uc == null || d.damagedCentral() <= 0) {
                continue;
            }
            double cost = d.damagedCentral() * uc.costCentralUsd();
            double crewMonths = ac.unitsPerCrewMonth().isPresent()
                    ? d.damagedCentral() / ac.unitsPerCrewMonth().getAsDouble()
                    : cost / 1e6 * CREW_MONTHS_PER_MUSD;
            int cap = Math.max(
                    1,
                    Math.min(
                            s.maxCrewsPerPackage(),
                            crews.getOrDefault(ac.crewType(), 0) > 0
                                    ? crews.get(ac.crewType())
                                    : s.maxCrewsPerPackage()));
            int phases = (int) Math.max(
                    Math.ceil(crewMonths / ((double) cap * s.targetPhaseMonths()) - 1e-9),
                    Math.ceil(cost / s.maxPhaseCostUsd() - 1e-9));
            phases = Math.max(1, Math.min(s.maxPhases(), phases));
            double phaseCrewMonths = crewMonths / phases;
            int crewSize = (int) Math.max(1, Math.min(cap, Math.ceil(phaseCrewMonths / s.targetPhaseMonths() - 1e-9)));
            int duration = (int) Math.max(1, Math.ceil(phaseCrewMonths / crewSize - 1e-9));
            Region region = regions.get(d.region());
            double population = region == null ? 0 : region.population();
            List<String> list = new ArrayList<>();
            for (int k = 1; k <= phases; k++) {
                String id = d.region() + "/" + ac.id() + (phases > 1 ? "#" + k : "");
                list.add(id);
                draft.add(new WorkPackage(
                        id,
                        d.region(),
                        ac.id(),
                        ac.sector().code(),
                        k,
                        phases,
                        d.damagedCentral() / phases,
                        cost / phases,
                        duration,
                        ac.crewType(),
                        crewSize,
                        population / phases,
                        ac.serviceWeight(),
                        List.of(),
                        s.requiredClasses().contains(ac.id()),
                        coupling(ac)));
            }
            ids.put(d.region() + "|" + ac.id(), list);
        }
        Map<String, List<String>> preds = new LinkedHashMap<>();
        for (WorkPackage w : draft) {
            preds.put(w.id(), new ArrayList<>());
        }
        for (Dependency dep : in.dependencies()) {
            for (WorkPackage w : draft) {
                if (!w.assetClass().equals(dep.after())) {
                    continue;
                }
                for (Map.Entry<String, List<String>> e : ids.entrySet()) {
                    String[] key = e.getKey().split("\\|");
                    boolean sameClass = key[1].equals(dep.before());
                    boolean inScope = dep.scope() == Dependency.Scope.NATIONAL || key[0].equals(w.region());
                    if (sameClass && inScope) {
                        preds.get(w.id()).addAll(e.getValue());
                    }
                }
            }
        }
        List<WorkPackage> packages = new ArrayList<>();
        for (WorkPackage w : draft) {
            List<String> p = preds.get(w.id());
            Collections.sort(p);
            packages.add(new WorkPackage(
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
                    p,
                    w.required(),
                    w.power()));
        }
        raw.clear();
        // before the equity floor, so that the floor counts what the required classes already need
        Programme.RequiredClosure closure = Programme.requiredClosure(packages);
        packages = closure.packages();
        List<Double> budgets = new ArrayList<>();
        int years = (s.horizonMonths() + 11) / 12;
        for (int y = 0; y < years; y++) {
            budgets.add(s.budgetUsdPerYear());
        }
        EquityFloor.Result equity = EquityFloor.apply(
                new Programme(
                        packages, s.horizonMonths(), s.startYear(), crews, budgets, s.partners(), List.of(), s.power()),
                s.equityMinSharePercent());
        packages = equity.packages();
        List<String> assumptions = new ArrayList<>();
        assumptions.add(String.format(
                Locale.ROOT,
                "national budget %s per year%s",
                usd(s.budgetUsdPerYear()),
                s.budgetUsdPerYear() == ProgrammeSettings.DEFAULT_BUDGET_USD_PER_YEAR
                        ? " (illustrative default)"
                        : ""));
        crews.forEach((type, n) -> assumptions.add("national crews of type " + type + ": " + n
                + (s.crewsByType().containsKey(type) ? "" : " (illustrative default)")));
        assumptions.add(
                "a package spends its cost evenly over the months it runs; benefit counts from its completion to month "
                        + s.horizonMonths());
        assumptions.add(String.format(
                Locale.ROOT,
                "phasing: at most %d crews per package, about %d months per phase, at most %d phases, "
                        + "at most %s per phase (illustrative)",
                s.maxCrewsPerPackage(),
                s.targetPhaseMonths(),
                s.maxPhases(),
                usd(s.maxPhaseCostUsd())));
        for (ProgrammeSettings.PartnerSettings p : s.partners()) {
            assumptions.add(String.format(
                    Locale.ROOT,
                    "partner %s takes %s with %d crews per type and %s per year of its own financing",
                    p.id(),
                    new TreeSet<>(p.assetClasses()),
                    p.crewsPerType(),
                    usd(p.budgetUsdPerYear())));
        }
        assumptions.addAll(powerAssumptions(in, s));
        populationYears(in, packages, s).ifPresent(assumptions::add);
        if (!closure.promoted().isEmpty()) {
            assumptions.add(closure.note());
        }
        assumptions.addAll(equity.notes());
        return new Programme(
                packages,
                s.horizonMonths(),
                s.startYear(),
                crews,
                budgets,
                s.partners(),
                assumptions,
                s.power(),
                equity.equity());
    }

    /**
     * Which year each region's population figure is from (service is weighed by population, so figures of different
     * eras move the plan): said when any figure is more than five years older than the programme's start.
     */
    static java.util.Optional<String> populationYears(
            RebuildInputs in, List<WorkPackage> packages, ProgrammeSettings s) {
        java.util.Set<String> planned = new java.util.HashSet<>();
        packages.forEach(w -> planned.add(w.region()));
        Map<Integer, List<String>> byYear = new TreeMap<>();
        for (Region r : in.regions()) {
            if (planned.contains(r.id())) {
                byYear.computeIfAbsent(r.populationYear(), k -> new ArrayList<>())
                        .add(r.id());
            }
        }
        if (byYear.isEmpty() || byYear.keySet().iterator().next() >= s.startYear() - 5) {
            return java.util.Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        byYear.forEach((y, ids) -> {
            Collections.sort(ids);
            parts.add(y + ": " + String.join(", ", ids));
        });
        return java.util.Optional.of(
                "populations weigh service; the pack's figures are from different years ("
                        + String.join("; ", parts)
                        + "): where no recent figure per region is sourced the old one stays (rebuild/regions.csv population_year)");
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> u = new TreeSet<>(a);
        u.addAll(b);
        return u;
    }

    static PowerCoupling coupling(AssetClass ac) {
        return ac.gasFiredGeneration()
                ? PowerCoupling.GAS_FUEL
                : ac.powerDependent() ? PowerCoupling.GRID : PowerCoupling.NONE;
    }

    private static List<String> powerAssumptions(RebuildInputs in, ProgrammeSettings s) {
        List<String> out = new ArrayList<>();
        List<String> grid = in.assetClasses().stream()
                .filter(AssetClass::powerDependent)
                .map(AssetClass::id)
                .sorted()
                .toList();
        List<String> gas = in.assetClasses().stream()
                .filter(AssetClass::gasFiredGeneration)
                .map(AssetClass::id)
                .sorted()
                .toList();
        if (s.power().isNone()) {
            if (!grid.isEmpty() || !gas.isEmpty()) {
                out.add("no power input: power-dependent classes " + grid + " and gas-fired generation " + gas
                        + " count their service in full");
            }
            return out;
        }
        out.add("service of power-dependent classes " + grid
                + " counts in proportion to the share of their region's electricity "
                + "demand served; service of gas-fired generation " + gas
                + " in proportion to the share of its capacity that has fuel"
                + (s.power().basis().isEmpty()
                        ? ""
                        : " (power input: " + s.power().basis() + ")")
                + "; a region or year the input does not give counts in full");
        return out;
    }

    static String usd(double v) {
        if (Math.abs(v) >= 1e9) {
            return String.format(Locale.ROOT, "$%.2f bn", v / 1e9);
        }
        if (Math.abs(v) >= 1e6) {
            return String.format(Locale.ROOT, "$%.1f m", v / 1e6);
        }
        return String.format(Locale.ROOT, "$%.0f", v);
    }
}
