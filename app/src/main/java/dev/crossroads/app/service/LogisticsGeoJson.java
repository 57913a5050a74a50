package dev.crossroads.app.service;

import dev.crossroads.core.roads.RoadNetwork;
import dev.crossroads.core.roads.RoadNode;
import dev.crossroads.rebuild.logistics.LogisticsPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The plan as an RFC 7946 GeoJSON FeatureCollection: each truck-day as a LineString over the road nodes'
 * coordinates (longitude, latitude), sites and depots as Points, closed segments as LineStrings.
 */
public final class LogisticsGeoJson {
    private LogisticsGeoJson() {}

    public static Map<String, Object> of(LogisticsPlan plan, RoadNetwork network) {
        Map<String, RoadNode> nodes = new HashMap<>();
        network.nodes().forEach(n -> nodes.put(n.id(), n));
        List<Object> features = new ArrayList<>();
        for (LogisticsPlan.TruckRoute r : plan.routes()) {
            List<double[]> coords = new ArrayList<>();
            for (String id : r.pathNodes()) {
                RoadNode n = nodes.get(id);
                coords.add(new double[] {n.lon(), n.lat()});
            }
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("type", "route");
            props.put("truck", r.truck());
            props.put("trip", r.trip());
            props.put("days", r.days());
            props.put("date", r.date().toString());
            props.put("home", r.home());
            props.put("tonnes", round(r.tonnes()));
            props.put("distanceKm", round(r.distanceKm()));
            props.put("depart", clock(r.departMinute()));
            props.put("back", clock(r.returnMinute()));
            props.put(
                    "stops",
                    r.stops().stream()
                            .map(s -> s.site() + " " + clock(s.arrivalMinute()))
                            .toList());
            props.put("roads", String.join(" > ", r.roads()));
            features.add(feature("LineString", coords, props));
        }
        Map<String, double[]> siteTonnes = new TreeMap<>();
        for (LogisticsPlan.TruckRoute r : plan.routes()) {
            for (LogisticsPlan.Stop s : r.stops()) {
                siteTonnes.computeIfAbsent(s.site(), k -> new double[2])[0] += s.tonnes();
            }
        }
        for (LogisticsPlan.UnmetDelivery u : plan.unmet()) {
            siteTonnes.computeIfAbsent(u.site(), k -> new double[2])[1] += u.tonnes();
        }
        siteTonnes.forEach((id, t) -> {
            RoadNode n = nodes.get(id);
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("type", "site");
            props.put("id", id);
            props.put("name", n.name());
            props.put("tonnesDelivered", round(t[0]));
            props.put("tonnesUnmet", round(t[1]));
            features.add(feature("Point", new double[] {n.lon(), n.lat()}, props));
        });
        Map<String, Integer> depots = new TreeMap<>();
        plan.routes().forEach(r -> depots.merge(r.home(), 1, Integer::sum));
        depots.forEach((id, truckDays) -> {
            RoadNode n = nodes.get(id);
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("type", "depot");
            props.put("id", id);
            props.put("name", n.name());
            props.put("kind", n.kind().name().toLowerCase(Locale.ROOT));
            props.put("truckDays", truckDays);
            features.add(feature("Point", new double[] {n.lon(), n.lat()}, props));
        });
        for (LogisticsPlan.ClosedSegment c : plan.closedSegments()) {
            RoadNode a = nodes.get(c.from());
            RoadNode b = nodes.get(c.to());
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("type", "closed-segment");
            props.put("id", c.id());
            props.put("road", c.road());
            props.put("state", c.state());
            props.put("reopens", c.reopens());
            props.put("repairedBy", c.repairedBy());
            features.add(feature(
                    "LineString", List.of(new double[] {a.lon(), a.lat()}, new double[] {b.lon(), b.lat()}), props));
        }
        Map<String, Object> fc = new LinkedHashMap<>();
        fc.put("type", "FeatureCollection");
        fc.put("features", features);
        return fc;
    }

    private static Map<String, Object> feature(String type, Object coordinates, Map<String, Object> props) {
        Map<String, Object> geometry = new LinkedHashMap<>();
        geometry.put("type", type);
        geometry.put("coordinates", coordinates);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "Feature");
        f.put("geometry", geometry);
        f.put("properties", props);
        return f;
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }

    /** A minute of the day as HH:MM. */
    /** A minute from midnight of a trip's first day as HH:MM, with "day N" from the second day of a long trip. */
    public static String clock(double minute) {
        int m = (int) Math.round(minute);
        int day = m / (24 * 60);
        m %= 24 * 60;
        return (day > 0 ? "day " + (day + 1) + " " : "")
                + String.format(java.util.Locale.ROOT, "%02d:%02d", m / 60, m % 60);
    }
}
