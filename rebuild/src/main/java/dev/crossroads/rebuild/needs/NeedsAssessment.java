package dev.crossroads.rebuild.needs;

import dev.crossroads.core.rebuild.AssetClass;
import dev.crossroads.core.rebuild.Damage;
import dev.crossroads.core.rebuild.RebuildInputs;
import dev.crossroads.core.rebuild.ReferenceFigure;
import dev.crossroads.core.rebuild.Region;
import dev.crossroads.core.rebuild.UnitCost;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Computes {@link Needs} from the pack's damage, unit costs and reference figures. */
public final class NeedsAssessment {
    private NeedsAssessment() {}

    public static Needs assess(RebuildInputs in) {
        Map<String, AssetClass> classes =
                in.assetClasses().stream().collect(Collectors.toMap(AssetClass::id, Function.identity()));
        Map<String, UnitCost> costs = in.unitCosts().stream()
                .collect(Collectors.toMap(UnitCost::assetClass, Function.identity(), (a, b) -> a));
        Map<String, Region> regions = in.regions().stream().collect(Collectors.toMap(Region::id, Function.identity()));
        List<Needs.Line> lines = new ArrayList<>();
        TreeSet<String> unpriced = new TreeSet<>();
        for (Damage d : in.damage()) {
            AssetClass ac = classes.get(d.assetClass());
            UnitCost uc = costs.get(d.assetClass());
            if (ac == null) {
                throw new IllegalArgumentException(
                        "damage row for " + d.region() + " names unknown asset class " + d.assetClass());
            }
            if (uc == null) {
                unpriced.add(d.assetClass());
                continue;
            }
            Region r = regions.get(d.region());
            lines.add(new Needs.Line(
                    d.region(),
                    r == null ? d.region() : r.name(),
                    ac.id(),
                    ac.name(),
                    ac.sector().code(),
                    ac.group().code(),
                    ac.unit(),
                    d.damagedLow(),
                    d.damagedCentral(),
                    d.damagedHigh(),
                    d.damagedLow() * uc.costLowUsd(),
                    d.damagedCentral() * uc.costCentralUsd(),
                    d.damagedHigh() * uc.costHighUsd(),
                    d.provenance().confidence().toString().toLowerCase(Locale.ROOT),
                    uc.provenance().confidence().toString().toLowerCase(Locale.ROOT)));
        }
        lines.sort(Comparator.comparing((Needs.Line l) -> groupOrder(l.group()))
                .thenComparing(l -> sectorOrder(l.sector()))
                .thenComparing(Needs.Line::assetClass)
                .thenComparing(Needs.Line::region));
        Map<String, double[]> bySector = new LinkedHashMap<>();
        Map<String, double[]> byGroup = new LinkedHashMap<>();
        Map<String, String> sectorGroup = new LinkedHashMap<>();
        double[] all = new double[3];
        for (Needs.Line l : lines) {
            add(bySector.computeIfAbsent(l.sector(), k -> new double[3]), l);
            add(byGroup.computeIfAbsent(l.group(), k -> new double[3]), l);
            sectorGroup.put(l.sector(), l.group());
            add(all, l);
        }
        List<Needs.Total> sectors = new ArrayList<>();
        bySector.forEach((s, v) -> sectors.add(new Needs.Total(sectorGroup.get(s), s, v[0], v[1], v[2])));
        List<Needs.Total> groups = new ArrayList<>();
        byGroup.forEach((g, v) -> groups.add(new Needs.Total(g, "", v[0], v[1], v[2])));
        Needs.Total total = new Needs.Total("all", "", all[0], all[1], all[2]);
        List<Needs.ReferenceComparison> refs = new ArrayList<>();
        java.util.Set<String> countries =
                in.regions().stream().map(Region::country).collect(Collectors.toSet());
        for (ReferenceFigure f : in.references()) {
            if (countries.contains(f.country())) {
                refs.add(compare(f, lines));
            }
        }
        refs.sort(Comparator.comparing((Needs.ReferenceComparison r) -> kindOrder(r.kind()))
                .thenComparing(r -> -r.centralUsd()));
        List<Needs.SectorCoverage> coverage = coverage(in, lines, refs);
        return new Needs(lines, sectors, groups, total, refs, coverage, List.copyOf(unpriced));
    }

    /**
     * The World Bank's asset group (Syria Physical Damage and Reconstruction Assessment, 2025: residential,
     * non-residential, infrastructure) an RDNA sector falls in; {@code none} for clearance, which the published
     * groups have no line for.
     */
    static String referenceGroup(String sector) {
        return switch (sector) {
            case "housing" -> "residential";
            case "education", "health", "productive" -> "non_residential";
            case "energy", "water", "transport" -> "infrastructure";
            default -> "none";
        };
    }

    private static final List<String> SECTORS =
            List.of("housing", "education", "health", "energy", "water", "transport", "productive", "clearance");

    private static List<String> sectorsOfGroup(String referenceGroup) {
        return SECTORS.stream()
                .filter(s -> referenceGroup(s).equals(referenceGroup))
                .toList();
    }

    /** Reads a figure's scope from its id and name, then sums the pack's lines of that scope. */
    private static Needs.ReferenceComparison compare(ReferenceFigure f, List<Needs.Line> lines) {
        Optional<Double> low = f.lowUsd().isPresent() ? Optional.of(f.lowUsd().getAsDouble()) : Optional.empty();
        Optional<Double> high =
                f.highUsd().isPresent() ? Optional.of(f.highUsd().getAsDouble()) : Optional.empty();
        String text = (f.id() + " " + f.name()).toLowerCase(Locale.ROOT);
        String kind;
        List<String> scope;
        String words;
        if (text.contains("damage") || text.contains("earthquake")) {
            kind = "none";
            scope = List.of();
            words = "none";
        } else if (text.contains("non-residential") || text.contains("non_residential")) {
            kind = "group";
            scope = sectorsOfGroup("non_residential");
            words = "non-residential: " + String.join(" + ", scope);
        } else if (text.contains("infrastructure")) {
            kind = "group";
            scope = sectorsOfGroup("infrastructure");
            words = "infrastructure: " + String.join(" + ", scope);
        } else if (text.contains("residential") || text.contains("housing")) {
            kind = "group";
            scope = sectorsOfGroup("residential");
            words = "residential: housing";
        } else if (text.contains("electric") || text.contains("power")) {
            kind = "sector";
            scope = List.of("energy");
            words = "energy sector";
        } else {
            kind = "total";
            scope = SECTORS.stream()
                    .filter(s -> !referenceGroup(s).equals("none"))
                    .toList();
            words = "all sectors but clearance";
        }
        double[] part = new double[3];
        double outside = 0;
        for (Needs.Line l : lines) {
            if (scope.contains(l.sector())) {
                add(part, l);
            } else if (kind.equals("total")) {
                outside += l.centralUsd();
            }
        }
        boolean comparable = !kind.equals("none");
        double coverage = comparable && f.centralUsd() > 0 ? 100 * part[1] / f.centralUsd() : 0;
        String assessment;
        if (!comparable) {
            assessment = "a damage or single-event figure, not a needs estimate: shown for context, not compared";
        } else {
            assessment = assessment(part, low, f.centralUsd(), high, coverage);
            if (kind.equals("total") && outside > 0) {
                assessment += String.format(
                        Locale.ROOT,
                        "; the pack's clearance (%s) is left out of the comparison: the figure's asset groups "
                                + "(residential, non-residential, infrastructure) have no clearance line",
                        usd(outside));
            }
        }
        return new Needs.ReferenceComparison(
                f.id(),
                f.name(),
                f.country(),
                f.year(),
                low,
                f.centralUsd(),
                high,
                words,
                part[0],
                part[1],
                part[2],
                comparable,
                coverage,
                assessment,
                kind,
                scope,
                outside);
    }

    /** Per sector: the pack's rows against the narrowest comparable figure whose scope holds the sector. */
    private static List<Needs.SectorCoverage> coverage(
            RebuildInputs in, List<Needs.Line> lines, List<Needs.ReferenceComparison> refs) {
        Map<String, String> sectorGroup = new LinkedHashMap<>();
        in.assetClasses().stream()
                .sorted(Comparator.comparing(
                        (AssetClass a) -> sectorOrder(a.sector().code())))
                .forEach(a ->
                        sectorGroup.putIfAbsent(a.sector().code(), a.group().code()));
        lines.forEach(l -> sectorGroup.putIfAbsent(l.sector(), l.group()));
        List<Needs.SectorCoverage> out = new ArrayList<>();
        for (Map.Entry<String, String> e : sectorGroup.entrySet()) {
            String s = e.getKey();
            double[] v = new double[3];
            double illustrative = 0;
            int n = 0;
            for (Needs.Line l : lines) {
                if (l.sector().equals(s)) {
                    add(v, l);
                    n++;
                    if (l.illustrative()) {
                        illustrative += l.centralUsd();
                    }
                }
            }
            Optional<Needs.ReferenceComparison> ref = refs.stream()
                    .filter(r -> r.comparable() && r.sectors().contains(s) && r.centralUsd() > 0)
                    .min(Comparator.comparing(
                                    (Needs.ReferenceComparison r) -> r.sectors().size())
                            .thenComparing(r -> -r.year())
                            .thenComparing(Needs.ReferenceComparison::id));
            double refCentral = ref.map(Needs.ReferenceComparison::centralUsd).orElse(0.0);
            double pct = refCentral > 0 ? 100 * v[1] / refCentral : 0;
            String note;
            if (n == 0) {
                note = "no rows in the pack: not itemised";
            } else if (ref.isEmpty()) {
                note = referenceGroup(s).equals("none")
                        ? "no published figure has this sector in its scope"
                        : "no published figure of this scope in the pack";
            } else if (ref.get().sectors().size() > 1) {
                note = String.format(
                        Locale.ROOT,
                        "share of the %s figure, which is not split by sector",
                        ref.get().comparedWith().replaceFirst(":.*", ""));
            } else {
                note = "share of a figure for this sector alone";
            }
            if (n > 0 && illustrative > 0) {
                note += String.format(
                        Locale.ROOT,
                        "; %.0f%% of the rows' central rests on illustrative inputs",
                        100 * illustrative / v[1]);
            }
            out.add(new Needs.SectorCoverage(
                    s,
                    e.getValue(),
                    referenceGroup(s),
                    n,
                    v[0],
                    v[1],
                    v[2],
                    illustrative,
                    ref.map(Needs.ReferenceComparison::id),
                    ref.map(Needs.ReferenceComparison::name),
                    refCentral,
                    pct,
                    note));
        }
        return out;
    }

    private static int kindOrder(String kind) {
        return switch (kind) {
            case "total" -> 0;
            case "group" -> 1;
            case "sector" -> 2;
            default -> 3;
        };
    }

    static String usd(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return String.format(Locale.ROOT, "$%.2f bn", v / 1e9);
        }
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "$%.1f m", v / 1e6);
        }
        return String.format(Locale.ROOT, "$%,.0f", v);
    }

    private static String assessment(
            double[] t, Optional<Double> low, double central, Optional<Double> high, double coverage) {
        String base = String.format(
                Locale.ROOT, "the pack's estimate covers %.1f%% of the reference central figure", coverage);
        double refLow = low.orElse(central);
        double refHigh = high.orElse(central);
        if (t[2] < refLow) {
            return base + "; even its high estimate is below the reference range: the inventory is incomplete "
                    + "(asset classes, regions or damage missing)";
        }
        if (t[0] > refHigh) {
            return base + "; its low estimate is above the reference range: check unit costs and damage counts";
        }
        return base + "; its range overlaps the reference range";
    }

    private static void add(double[] acc, Needs.Line l) {
        acc[0] += l.lowUsd();
        acc[1] += l.centralUsd();
        acc[2] += l.highUsd();
    }

    static int groupOrder(String g) {
        return switch (g) {
            case "social" -> 0;
            case "infrastructure" -> 1;
            case "productive" -> 2;
            default -> 3;
        };
    }

    static int sectorOrder(String s) {
        int i = SECTORS.indexOf(s);
        return i < 0 ? SECTORS.size() : i;
    }
}
