package dev.crossroads.rebuild.logistics;

import dev.crossroads.core.Provenance;
import dev.crossroads.core.rebuild.MaterialRate;
import dev.crossroads.core.roads.RoadNetwork;
import dev.crossroads.core.roads.RoadNode;
import dev.crossroads.core.roads.RoadSegment;
import dev.crossroads.rebuild.vrp.VrpBudget;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** A hand-made network: a port, a town across a river, a bridge and a long detour. */
final class Fixtures {
    static final Provenance P = Provenance.illustrative("test fixture");

    private Fixtures() {}

    static RoadNode node(String id, RoadNode.Kind kind, double lat, double lon) {
        return new RoadNode(id, id, kind, Optional.of("XX-A"), "SYR", lat, lon, OptionalDouble.empty(), P);
    }

    static RoadSegment seg(String id, String from, String to, double km, RoadSegment.State state, String repair) {
        return new RoadSegment(
                id, from, to, "R-" + id, km, RoadSegment.RoadClass.PRIMARY, state, Optional.ofNullable(repair), P);
    }

    /**
     * port -- bridge (20 km, destroyed) -- town; port -- detour (150 km) -- junction -- (150 km) -- town when
     * {@code withDetour}; far (2,000 km away) hangs off the town.
     */
    static RoadNetwork river(boolean withDetour) {
        List<RoadNode> nodes = List.of(
                node("port", RoadNode.Kind.PORT, 35.0, 36.0),
                node("town", RoadNode.Kind.CITY, 35.1, 36.1),
                node("junction", RoadNode.Kind.JUNCTION, 35.5, 36.5),
                node("far", RoadNode.Kind.CITY, 36.0, 38.0));
        List<RoadSegment> segs = new java.util.ArrayList<>(List.of(
                seg("bridge", "port", "town", 20, RoadSegment.State.DESTROYED_BRIDGE, "bridges"),
                seg("far-road", "town", "far", 2000, RoadSegment.State.OPEN, null)));
        if (withDetour) {
            segs.add(seg("detour-1", "port", "junction", 150, RoadSegment.State.OPEN, null));
            segs.add(seg("detour-2", "junction", "town", 150, RoadSegment.State.OPEN, null));
        }
        return new RoadNetwork(nodes, segs);
    }

    static MaterialsTable cement(double tonnesPerUnit) {
        return new MaterialsTable(List.of(new MaterialRate("housing", "cement", tonnesPerUnit, P)));
    }

    static Fleet fleet(int trucks) {
        List<Truck> list = new java.util.ArrayList<>();
        for (int i = 1; i <= trucks; i++) {
            list.add(new Truck("t" + i, "port", 25, 5 * 60, 21 * 60));
        }
        return new Fleet(list, "test fleet");
    }

    /**
     * An outer wall limit per routing problem that no test's iteration budget comes near: the budget, not the clock,
     * stops every solve, so a test gives the same plan on a loaded machine as on a quiet one.
     */
    static final Duration OUTER = Duration.ofMinutes(5);

    /** Routing iterations per trip round of a day (OR-Tools solutions, jsprit iterations): ample for these networks. */
    static final long ITERATIONS = 100;

    /** The default settings but OR-Tools, stopping on {@link #ITERATIONS}. */
    static LogisticsSettings settings() {
        return LogisticsSettings.DEFAULT.withSolver("ortools", VrpBudget.iterations(ITERATIONS, OUTER));
    }

    static LogisticsProblem problem(
            RoadNetwork net, YearMonth period, YearMonth bridgeReopens, String site, double unitsPerMonth) {
        RepairSchedule schedule = new RepairSchedule(Map.of("bridge", bridgeReopens), Map.of(), "test");
        return new LogisticsProblem(
                net,
                schedule,
                period,
                List.of(new WorkActivity("XX-A/housing", "XX-A", "housing", site, unitsPerMonth)),
                cement(25),
                fleet(2),
                Map.of("port", 100),
                Speeds.DEFAULT,
                settings());
    }
}
