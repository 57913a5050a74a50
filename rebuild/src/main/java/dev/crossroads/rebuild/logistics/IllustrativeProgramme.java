package dev.crossroads.rebuild.logistics;

import dev.crossroads.core.rebuild.AssetClass;
import dev.crossroads.core.rebuild.Damage;
import dev.crossroads.core.rebuild.RebuildInputs;
import dev.crossroads.core.rebuild.Region;
import dev.crossroads.core.roads.RoadNetwork;
import dev.crossroads.core.roads.RoadNode;
import dev.crossroads.core.roads.RoadSegment;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A stand-in for the rebuild programme until its schedule is fed in: in every region with central damage
 * of an asset class, one crew works at the class's {@code units_per_crew_month}. Road and bridge work in a
 * region runs until the repair schedule reopens that region's closed segments of the class, and delivers to
 * the near end of the closed segment; other work delivers to the region's main city (the city node nearest
 * the region's point). Illustrative, not a programme.
 */
public final class IllustrativeProgramme {
    private IllustrativeProgramme() {}

    public static List<WorkActivity> activities(
            RebuildInputs rebuild, RoadNetwork network, RepairSchedule schedule, YearMonth period) {
        List<WorkActivity> out = new ArrayList<>();
        for (Damage d : rebuild.damage()) {
            if (d.damagedCentral() <= 0) {
                continue;
            }
            Optional<AssetClass> ac = rebuild.assetClasses().stream()
                    .filter(a -> a.id().equals(d.assetClass()))
                    .findFirst();
            Optional<Region> region = rebuild.regions().stream()
                    .filter(r -> r.id().equals(d.region()))
                    .findFirst();
            if (ac.isEmpty() || ac.get().unitsPerCrewMonth().isEmpty() || region.isEmpty()) {
                continue;
            }
            double units = Math.min(ac.get().unitsPerCrewMonth().getAsDouble(), d.damagedCentral());
            List<RoadSegment> closed = network.segments().stream()
                    .filter(s -> s.state() != RoadSegment.State.OPEN
                            && s.repairAssetClass()
                                    .filter(d.assetClass()::equals)
                                    .isPresent()
                            && RepairSchedule.regionsOf(s, network).contains(d.region()))
                    .toList();
            String site;
            if (!closed.isEmpty()) {
                List<RoadSegment> stillClosed = closed.stream()
                        .filter(s -> !schedule.isOpen(s, network, period))
                        .toList();
                if (stillClosed.isEmpty()) {
                    continue; // the repairs of this class in this region are done by the period
                }
                RoadSegment s = stillClosed.get(0);
                site = nodeIn(network, s.from())
                                .region()
                                .filter(d.region()::equals)
                                .isPresent()
                        ? s.from()
                        : s.to();
            } else {
                Optional<String> city = ProgrammeLogistics.mainCity(rebuild, network, d.region());
                if (city.isEmpty()) {
                    continue;
                }
                site = city.get();
            }
            out.add(new WorkActivity(d.region() + "/" + d.assetClass(), d.region(), d.assetClass(), site, units));
        }
        return out;
    }

    private static RoadNode nodeIn(RoadNetwork network, String id) {
        return network.nodes().stream()
                .filter(n -> n.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
