package dev.crossroads.rebuild.logistics;

import dev.crossroads.core.roads.RoadNetwork;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** Everything the logistics plan of one month needs. */
public record LogisticsProblem(
        RoadNetwork network,
        RepairSchedule schedule,
        YearMonth period,
        List<WorkActivity> activities,
        MaterialsTable materials,
        Fleet fleet,
        Map<String, Integer> supplyTrucksPerDay,
        Speeds speeds,
        LogisticsSettings settings) {
    public LogisticsProblem {
        activities = List.copyOf(activities);
        supplyTrucksPerDay = Map.copyOf(supplyTrucksPerDay);
        for (Truck t : fleet.trucks()) {
            if (!supplyTrucksPerDay.containsKey(t.home())) {
                throw new IllegalArgumentException("truck " + t.id() + " is homed at " + t.home()
                        + ", which is not a port, border crossing or depot of the road network");
            }
        }
        for (WorkActivity a : activities) {
            if (network.nodes().stream().noneMatch(n -> n.id().equals(a.site()))) {
                throw new IllegalArgumentException(
                        "work package " + a.workPackage() + " delivers to unknown road node " + a.site());
            }
        }
    }
}
