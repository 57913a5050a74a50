package dev.crossroads.core.pack;

import dev.crossroads.core.Provenance;
import dev.crossroads.core.roads.RoadNetwork;
import dev.crossroads.core.roads.RoadNode;
import dev.crossroads.core.roads.RoadSegment;
import java.util.List;

/** The pack's road tables ({@code roads/*.csv}) mapped to a {@link RoadNetwork}. */
final class RoadRows {
    private RoadRows() {}

    static RoadNetwork read(LoadContext ctx) {
        List<RoadNode> nodes = ctx.read("roads/nodes.csv", r -> {
            String id = r.text("id");
            String name = r.text("name");
            RoadNode.Kind kind = r.choice("kind", RoadNode.Kind.class);
            String country = r.text("country");
            double lat = r.number("lat");
            double lon = r.number("lon");
            var cap = r.optNumber("capacity_trucks_per_day");
            Provenance p = r.provenance();
            return r.build(() -> new RoadNode(id, name, kind, r.optional("region"), country, lat, lon, cap, p));
        });
        List<RoadSegment> segments = ctx.read("roads/segments.csv", r -> {
            String id = r.text("id");
            String from = r.text("from");
            String to = r.text("to");
            double length = r.number("length_km");
            RoadSegment.RoadClass cls = r.choice("road_class", RoadSegment.RoadClass.class);
            RoadSegment.State state = r.choice("state", RoadSegment.State.class);
            Provenance p = r.provenance();
            return r.build(() -> new RoadSegment(
                    id, from, to, r.optText("road"), length, cls, state, r.optional("repair_asset_class"), p));
        });
        return new RoadNetwork(nodes, segments);
    }
}
