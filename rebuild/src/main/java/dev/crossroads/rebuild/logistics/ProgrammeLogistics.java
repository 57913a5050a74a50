package dev.crossroads.rebuild.logistics;

import dev.crossroads.core.rebuild.Damage;
import dev.crossroads.core.rebuild.RebuildInputs;
import dev.crossroads.core.rebuild.Region;
import dev.crossroads.core.roads.RoadNetwork;
import dev.crossroads.core.roads.RoadNode;
import dev.crossroads.core.roads.RoadSegment;
import dev.crossroads.rebuild.programme.Plan;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The logistics inputs a scheduled rebuild programme ({@link Plan}) gives: when each closed road segment
 * reopens, and which work packages are under way in a month with the materials they need.
 *
 * <p>Which package repairs a segment: a closed segment names the asset class that repairs it
 * ({@code repair_asset_class}); the programme phases the class's damage in a region into packages
 * {@code REGION/class#1..p}. The segment belongs to the region of its {@code from} node if the programme has
 * packages of the class there, else to that of its {@code to} node. The region's n closed segments of the class,
 * in the order of roads/segments.csv, are spread over its p phases: segment i (from 0) is repaired by phase
 * ceil((i + 1) p / n), so the last segment waits for the last phase. A segment reopens in the month after its
 * package's last month of work, and stays closed when the package is left out of the programme. This is a
 * modelling rule, not data: the pack does not say which damaged bridge of a governorate a phase repairs.
 */
public final class ProgrammeLogistics {
    private ProgrammeLogistics() {}

    /** The first month of the programme: January of its start year (month 0). */
    public static YearMonth start(Plan plan) {
        return YearMonth.of(plan.startYear(), 1);
    }

    /** The calendar month of a programme month index. */
    static YearMonth month(Plan plan, int index) {
        return start(plan).plusMonths(index);
    }

    /** The selected packages whose months include the period. */
    public static List<Plan.PackageOutcome> underWay(Plan plan, YearMonth period) {
        int index = (int) start(plan).until(period, java.time.temporal.ChronoUnit.MONTHS);
        return plan.packages().stream()
                .filter(o -> o.selected() && o.startMonth() <= index && index < o.endMonth())
                .toList();
    }

    /** The first month with the most packages under way. */
    public static YearMonth busiestMonth(Plan plan) {
        YearMonth best = start(plan);
        int most = -1;
        for (int m = 0; m < plan.horizonMonths(); m++) {
            int n = underWay(plan, month(plan, m)).size();
            if (n > most) {
                most = n;
                best = month(plan, m);
            }
        }
        return best;
    }

    /** Segment id to the package that repairs it (absent: no package of the programme repairs it). */
    public static Map<String, Plan.PackageOutcome> repairs(Plan plan, RoadNetwork network) {
        Map<String, List<RoadSegment>> byClassRegion = new LinkedHashMap<>();
        for (RoadSegment s : network.segments()) {
            if (s.state() == RoadSegment.State.OPEN || s.repairAssetClass().isEmpty()) {
                continue;
            }
            String ac = s.repairAssetClass().get();
            for (String region : RepairSchedule.endRegions(s, network)) {
                if (!packages(plan, region, ac).isEmpty()) {
                    byClassRegion
                            .computeIfAbsent(ac + "@" + region, k -> new ArrayList<>())
                            .add(s);
                    break;
                }
            }
        }
        Map<String, Plan.PackageOutcome> out = new LinkedHashMap<>();
        byClassRegion.forEach((key, segments) -> {
            String ac = key.substring(0, key.indexOf('@'));
            String region = key.substring(key.indexOf('@') + 1);
            List<Plan.PackageOutcome> phases = packages(plan, region, ac);
            int n = segments.size();
            int p = phases.size();
            for (int i = 0; i < n; i++) {
                int phase = (int) Math.ceil((i + 1) * (double) p / n); // 1..p
                out.put(segments.get(i).id(), phases.get(phase - 1));
            }
        });
        return out;
    }

    /** The packages of a class in a region, in phase order (#1, #2, ...; an unphased package alone). */
    static List<Plan.PackageOutcome> packages(Plan plan, String region, String assetClass) {
        return plan.packages().stream()
                .filter(o -> o.region().equals(region) && o.assetClass().equals(assetClass))
                .sorted(Comparator.comparingInt(ProgrammeLogistics::phaseOf))
                .toList();
    }

    static int phaseOf(Plan.PackageOutcome o) {
        int hash = o.id().lastIndexOf('#');
        if (hash < 0) {
            return 1;
        }
        try {
            return Integer.parseInt(o.id().substring(hash + 1));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * The repair schedule of the programme: each closed segment whose package is in the plan reopens in the
     * month after the package's last month of work. {@code label} names the programme ("run base").
     */
    public static RepairSchedule schedule(Plan plan, RoadNetwork network, String label) {
        Map<String, YearMonth> bySegment = new LinkedHashMap<>();
        Map<String, String> repairedBy = new LinkedHashMap<>();
        repairs(plan, network).forEach((segment, pkg) -> {
            repairedBy.put(segment, pkg.id());
            if (pkg.selected()) {
                bySegment.put(segment, month(plan, pkg.endMonth()));
            }
        });
        return new RepairSchedule(
                bySegment,
                Map.of(),
                "programme " + label + " (starts " + start(plan)
                        + "): a segment reopens the month after the work package that repairs it finishes",
                repairedBy);
    }

    /**
     * The work under way in the period: every package of the plan whose months include it, at its units per
     * month (the region's central damage of the class over its phases, over the package's duration). Road and
     * bridge packages deliver to the near end of a segment they repair that is still closed; the others, and
     * road packages whose segments are not on the network, to the region's main city.
     */
    public static List<WorkActivity> activities(
            Plan plan, RebuildInputs rebuild, RoadNetwork network, RepairSchedule schedule, YearMonth period) {
        Map<String, Plan.PackageOutcome> repairs = repairs(plan, network);
        List<WorkActivity> out = new ArrayList<>();
        for (Plan.PackageOutcome o : underWay(plan, period)) {
            Optional<Damage> d = rebuild.damage().stream()
                    .filter(x -> x.region().equals(o.region()) && x.assetClass().equals(o.assetClass()))
                    .findFirst();
            if (d.isEmpty()) {
                continue;
            }
            int phases = packages(plan, o.region(), o.assetClass()).size();
            double units = d.get().damagedCentral() / phases / Math.max(1, o.durationMonths());
            Optional<String> site = network.segments().stream()
                    .filter(s -> repairs.containsKey(s.id())
                            && repairs.get(s.id()).id().equals(o.id())
                            && !schedule.isOpen(s, network, period))
                    .findFirst()
                    .map(s -> network.nodes().stream()
                                    .filter(n -> n.id().equals(s.from()))
                                    .findFirst()
                                    .flatMap(RoadNode::region)
                                    .filter(o.region()::equals)
                                    .isPresent()
                            ? s.from()
                            : s.to());
            if (site.isEmpty()) {
                site = mainCity(rebuild, network, o.region());
            }
            site.ifPresent(s -> out.add(new WorkActivity(o.id(), o.region(), o.assetClass(), s, units)));
        }
        return out;
    }

    /** The city node of the region nearest the region's point. */
    static Optional<String> mainCity(RebuildInputs rebuild, RoadNetwork network, String regionId) {
        Optional<Region> region =
                rebuild.regions().stream().filter(r -> r.id().equals(regionId)).findFirst();
        if (region.isEmpty()) {
            return Optional.empty();
        }
        return network.nodes().stream()
                .filter(n -> n.kind() == RoadNode.Kind.CITY
                        && n.region().filter(regionId::equals).isPresent())
                .min(Comparator.comparingDouble(n -> Math.hypot(
                        n.lat() - region.get().lat(), n.lon() - region.get().lon())))
                .map(RoadNode::id);
    }
}
