package dev.crossroads.core.roads;

import dev.crossroads.core.Checks;
import java.util.List;

/** The road network of the pack. */
public record RoadNetwork(List<RoadNode> nodes, List<RoadSegment> segments) {
    public RoadNetwork {
        nodes = Checks.list("nodes", nodes);
        segments = Checks.list("segments", segments);
    }

    public static RoadNetwork empty() {
        return new RoadNetwork(List.of(), List.of());
    }
}
