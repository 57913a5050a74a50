package dev.crossroads.rebuild.logistics;

import java.util.List;

/** A drive over the road graph: the nodes passed, the segments used, kilometres and minutes. */
public record RoadPath(List<String> nodes, List<String> segments, double km, double minutes) {
    public RoadPath {
        nodes = List.copyOf(nodes);
        segments = List.copyOf(segments);
        if (nodes.size() != segments.size() + 1) {
            throw new IllegalArgumentException(
                    "a path of " + segments.size() + " segments passes " + (segments.size() + 1) + " nodes");
        }
    }
}
