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
                    d.provenance().confidence().toString().toLowerCase(Locale.ROOT)));
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
            if (!countries.contains(f.country())) {
                continue;
            }
            Optional<Double> low =
                    f.lowUsd().isPresent() ? Optional.of(f.lowUsd().getAsDouble()) : Optional.empty();
            Optional<Double> high =
                    f.highUsd().isPresent() ? Optional.of(f.highUsd().getAsDouble()) : Optional.empty();
            String text = (f.id() + " " + f.name()).toLowerCase(Locale.ROOT);
            String scope;
            Needs.Total part;
            if (text.contains("damage") || text.contains("earthquake")) {
                scope = "none";
                part = total;
            } else if (text.contains("infrastructure")) {
                scope = "infrastructure group";
                part = byGroupName(groups, "infrastructure");
            } else if (text.contains("non-residential")) {
                Needs.Total h = bySectorName(sectors, "housing");
                scope = "everything but housing";
                part = new Needs.Total(
                        "",
                        "",
                        total.lowUsd() - h.lowUsd(),
                        total.centralUsd() - h.centralUsd(),
                        total.highUsd() - h.highUsd());
            } else if (text.contains("residential") || text.contains("housing")) {
                scope = "housing sector";
                part = bySectorName(sectors, "housing");
            } else if (text.contains("electric") || text.contains("power")) {
                scope = "energy sector";
                part = bySectorName(sectors, "energy");
            } else {
                scope = "total";
                part = total;
            }
            boolean comparable = !scope.equals("none");
            double coverage = comparable && f.centralUsd() > 0 ? 100 * part.centralUsd() / f.centralUsd() : 0;
            String assessment = comparable
                    ? assessment(part, low, f.centralUsd(), high, coverage)
                    : "a damage or single-event figure, not a needs estimate: shown for context, not compared";
            refs.add(new Needs.ReferenceComparison(
                    f.id(),
                    f.name(),
                    f.country(),
                    f.year(),
                    low,
                    f.centralUsd(),
                    high,
                    scope,
                    part.lowUsd(),
                    part.centralUsd(),
                    part.highUsd(),
                    comparable,
                    coverage,
                    assessment));
        }
        refs.sort(Comparator.comparing(
                        (Needs.ReferenceComparison r) -> !r.comparedWith().equals("total"))
                .thenComparing(r -> !r.comparable())
                .thenComparing(r -> -r.centralUsd()));
        return new Needs(lines, sectors, groups, total, refs, List.copyOf(unpriced));
    }

    private static Needs.Total byGroupName(List<Needs.Total> groups, String g) {
        return groups.stream().filter(t -> t.group().equals(g)).findFirst().orElse(new Needs.Total(g, "", 0, 0, 0));
    }

    private static Needs.Total bySectorName(List<Needs.Total> sectors, String s) {
        return sectors.stream().filter(t -> t.sector().equals(s)).findFirst().orElse(new Needs.Total("", s, 0, 0, 0));
    }

    private static String assessment(
            Needs.Total t, Optional<Double> low, double central, Optional<Double> high, double coverage) {
        String base = String.format(
                Locale.ROOT, "the pack's estimate covers %.1f%% of the reference central figure", coverage);
        double refLow = low.orElse(central);
        double refHigh = high.orElse(central);
        if (t.highUsd() < refLow) {
            return base + "; even its high estimate is below the reference range: the inventory is incomplete "
                    + "(asset classes, regions or damage missing)";
        }
        if (t.lowUsd() > refHigh) {
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
        List<String> order =
                List.of("housing", "education", "health", "energy", "water", "transport", "productive", "clearance");
        int i = order.indexOf(s);
        return i < 0 ? order.size() : i;
    }
}
