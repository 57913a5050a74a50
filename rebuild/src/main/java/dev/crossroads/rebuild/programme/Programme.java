package dev.crossroads.rebuild.programme;

import dev.crossroads.rebuild.schedule.Graph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The programme problem: work packages, the horizon in months, crews and budgets of the nation and of each
 * partner. Validated on construction: unknown or cyclic predecessors, and packages no one has the crews for, are
 * errors that name the package. The predecessors of a required package become required (transitively), and the
 * assumptions say which and why (see {@link RequiredClosure}).
 *
 * @param crewsByType national crews available at once, per crew type
 * @param budgetUsdByYear national budget per programme year (year 1 = months 0-11)
 * @param power           the power the programme can count on (scales the service of power-coupled packages)
 * @param equity          the equity floor applied to the packages and what it assures per region (none: no floor)
 */
public record Programme(
        List<WorkPackage> packages,
        int horizonMonths,
        int startYear,
        Map<String, Integer> crewsByType,
        List<Double> budgetUsdByYear,
        List<ProgrammeSettings.PartnerSettings> partners,
        List<String> assumptions,
        PowerAvailability power,
        Plan.Equity equity) {
    /** The executor id of national work. */
    public static final String NATIONAL = "national";

    /** A programme without an equity floor. */
    public Programme(
            List<WorkPackage> packages,
            int horizonMonths,
            int startYear,
            Map<String, Integer> crewsByType,
            List<Double> budgetUsdByYear,
            List<ProgrammeSettings.PartnerSettings> partners,
            List<String> assumptions,
            PowerAvailability power) {
        this(
                packages,
                horizonMonths,
                startYear,
                crewsByType,
                budgetUsdByYear,
                partners,
                assumptions,
                power,
                Plan.Equity.none());
    }

    /** A programme without a power input. */
    public Programme(
            List<WorkPackage> packages,
            int horizonMonths,
            int startYear,
            Map<String, Integer> crewsByType,
            List<Double> budgetUsdByYear,
            List<ProgrammeSettings.PartnerSettings> partners,
            List<String> assumptions) {
        this(
                packages,
                horizonMonths,
                startYear,
                crewsByType,
                budgetUsdByYear,
                partners,
                assumptions,
                PowerAvailability.none());
    }

    public Programme {
        if (power == null) {
            throw new IllegalArgumentException("power is required (PowerAvailability.none() for no power input)");
        }
        if (equity == null) {
            throw new IllegalArgumentException("equity is required (Plan.Equity.none() for no floor)");
        }
        packages = List.copyOf(packages);
        crewsByType = Map.copyOf(crewsByType);
        budgetUsdByYear = List.copyOf(budgetUsdByYear);
        partners = List.copyOf(partners);
        assumptions = List.copyOf(assumptions);
        if (horizonMonths < 1) {
            throw new IllegalArgumentException("horizon must be at least one month");
        }
        int years = (horizonMonths + 11) / 12;
        if (budgetUsdByYear.size() < years) {
            throw new IllegalArgumentException(
                    "the budget names " + budgetUsdByYear.size() + " years but the horizon spans " + years);
        }
        for (int y = 0; y < budgetUsdByYear.size(); y++) {
            if (!(budgetUsdByYear.get(y) >= 0)) {
                throw new IllegalArgumentException("budget of year " + (y + 1) + " must not be negative");
            }
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < packages.size(); i++) {
            if (index.put(packages.get(i).id(), i) != null) {
                throw new IllegalArgumentException(
                        "two work packages have the id " + packages.get(i).id());
            }
        }
        List<int[]> edges = new ArrayList<>();
        for (int i = 0; i < packages.size(); i++) {
            for (String p : packages.get(i).predecessors()) {
                Integer j = index.get(p);
                if (j == null) {
                    throw new IllegalArgumentException(
                            "package " + packages.get(i).id() + " names an unknown predecessor " + p);
                }
                edges.add(new int[] {j, i});
            }
        }
        Optional<List<Integer>> cycle = Graph.findCycle(packages.size(), edges);
        if (cycle.isPresent()) {
            StringBuilder sb = new StringBuilder();
            for (int v : cycle.get()) {
                sb.append(sb.length() == 0 ? "" : " -> ").append(packages.get(v).id());
            }
            throw new IllegalArgumentException("dependency cycle among work packages: " + sb
                    + " (each must finish before the next starts; remove one of these dependencies)");
        }
        RequiredClosure closure = requiredClosure(packages);
        if (!closure.promoted().isEmpty()) {
            packages = closure.packages();
            List<String> notes = new ArrayList<>(assumptions);
            notes.add(closure.note());
            assumptions = List.copyOf(notes);
        }
        for (WorkPackage w : packages) {
            if (executors(w, crewsByType, partners).isEmpty()) {
                int have = crewsByType.getOrDefault(w.crewType(), 0);
                throw new IllegalArgumentException(
                        "no crew can do package " + w.id() + ": it needs " + w.crewSize() + " crews of type "
                                + w.crewType() + ", the national capacity is " + have
                                + (partners.isEmpty() ? "" : " and no partner taking " + w.assetClass() + " has enough")
                                + " (raise it with --crews " + w.crewType() + "=N)");
            }
        }
    }

    /**
     * The packages with every predecessor of a required package required too, transitively: a package must be done
     * within the horizon only if the work it waits for is done first, so a required package's optional predecessor
     * is not optional. {@code promoted} maps each package made required to the required package that waits for it.
     */
    record RequiredClosure(List<WorkPackage> packages, Map<String, String> promoted) {
        /** The words that mark the note in a programme's assumptions. */
        static final String WAITED_FOR = "required because a required package waits for";

        /** One line for the plan's assumptions that names the packages made required and why. */
        String note() {
            List<String> each = new ArrayList<>();
            promoted.forEach((id, by) -> each.add(id + " (before " + by + ")"));
            int shown = Math.min(each.size(), 8);
            return promoted.size() + (promoted.size() == 1 ? " package is" : " packages are")
                    + " " + WAITED_FOR + " "
                    + (promoted.size() == 1 ? "it" : "them") + ": "
                    + String.join(", ", each.subList(0, shown))
                    + (each.size() > shown ? " and " + (each.size() - shown) + " more" : "")
                    + " (a required package's predecessors must be done first, so they are required too)";
        }
    }

    /** See {@link RequiredClosure}; ids must be known (validated first). */
    static RequiredClosure requiredClosure(List<WorkPackage> packages) {
        Map<String, WorkPackage> byId = new LinkedHashMap<>();
        packages.forEach(w -> byId.put(w.id(), w));
        Map<String, String> promoted = new LinkedHashMap<>();
        List<String> todo = new ArrayList<>();
        packages.stream().filter(WorkPackage::required).forEach(w -> todo.add(w.id()));
        // breadth first in the packages' order: each promoted package names the nearest required one that waits
        for (int k = 0; k < todo.size(); k++) {
            String id = todo.get(k);
            for (String p : byId.get(id).predecessors()) {
                if (!byId.get(p).required() && !promoted.containsKey(p)) {
                    promoted.put(p, id);
                    todo.add(p);
                }
            }
        }
        if (promoted.isEmpty()) {
            return new RequiredClosure(packages, Map.of());
        }
        List<WorkPackage> out = new ArrayList<>();
        for (WorkPackage w : packages) {
            out.add(promoted.containsKey(w.id()) ? w.withRequired(true) : w);
        }
        return new RequiredClosure(List.copyOf(out), java.util.Collections.unmodifiableMap(promoted));
    }

    /** Who can do a package (national first, then capable partners), each with enough crews of its type. */
    public List<String> executors(WorkPackage w) {
        return executors(w, crewsByType, partners);
    }

    private static List<String> executors(
            WorkPackage w, Map<String, Integer> crews, List<ProgrammeSettings.PartnerSettings> partners) {
        List<String> out = new ArrayList<>();
        if (crews.getOrDefault(w.crewType(), 0) >= w.crewSize()) {
            out.add(NATIONAL);
        }
        for (ProgrammeSettings.PartnerSettings p : partners) {
            if (p.assetClasses().contains(w.assetClass()) && p.crewsPerType() >= w.crewSize()) {
                out.add(p.id());
            }
        }
        return out;
    }

    public int years() {
        return (horizonMonths + 11) / 12;
    }

    /** The crew pool an executor draws on for a crew type: "national:building", "azerbaijan:building". */
    public static String pool(String executor, String crewType) {
        return executor + ":" + crewType;
    }

    /** Crews available at once in a pool. */
    public int capacity(String pool) {
        String executor = pool.substring(0, pool.indexOf(':'));
        String type = pool.substring(pool.indexOf(':') + 1);
        if (executor.equals(NATIONAL)) {
            return crewsByType.getOrDefault(type, 0);
        }
        return partner(executor)
                .map(ProgrammeSettings.PartnerSettings::crewsPerType)
                .orElse(0);
    }

    /** The yearly budget of an executor (national or a partner's own financing). */
    public double budgetUsd(String executor, int year) {
        if (executor.equals(NATIONAL)) {
            return budgetUsdByYear.get(year);
        }
        return partner(executor)
                .map(ProgrammeSettings.PartnerSettings::budgetUsdPerYear)
                .orElse(0.0);
    }

    public Optional<ProgrammeSettings.PartnerSettings> partner(String id) {
        return partners.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Map<String, WorkPackage> byId() {
        Map<String, WorkPackage> m = new LinkedHashMap<>();
        packages.forEach(p -> m.put(p.id(), p));
        return m;
    }

    /**
     * The share of a package's service that counts in programme year {@code yearIndex} (0 = the first): 1 unless it
     * depends on power and the power input says otherwise.
     */
    public double serviceFactor(WorkPackage w, int yearIndex) {
        int year = startYear + yearIndex;
        return switch (w.power()) {
            case NONE -> 1.0;
            case GRID -> power.servedShare(w.region(), year);
            case GAS_FUEL -> power.fuelShare(w.region(), year);
        };
    }

    /**
     * The service a package restores when it ends at month {@code end}: weighted population x the counted share of
     * each month from {@code end} to the horizon.
     */
    public double serviceIfEndsAt(WorkPackage w, int end) {
        double months = 0;
        for (int m = Math.max(0, end); m < horizonMonths; m++) {
            months += serviceFactor(w, m / 12);
        }
        return w.weightedPopulation() * months;
    }

    /** As {@link #serviceIfEndsAt} without power scaling. */
    public double unscaledServiceIfEndsAt(WorkPackage w, int end) {
        return w.weightedPopulation() * Math.max(0, horizonMonths - Math.max(0, end));
    }

    /** All executors: national, then partners. */
    public List<String> allExecutors() {
        List<String> e = new ArrayList<>();
        e.add(NATIONAL);
        partners.forEach(p -> e.add(p.id()));
        return e;
    }
}
