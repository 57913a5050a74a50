package dev.crossroads.rebuild.logistics;

import dev.crossroads.core.roads.RoadNetwork;
import dev.crossroads.core.roads.RoadNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many trucks a port, border crossing or depot can load per day. From the node's
 * {@code capacity_trucks_per_day} where the pack gives it; for a port whose note states a throughput in
 * Mt/yr, that throughput spread over 365 days in 25 t loads; otherwise an illustrative default (port 200,
 * border 150, depot 100 trucks a day).
 */
public final class SupplyPoints {
    private static final Pattern MT_PER_YEAR = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*Mt/yr");

    private SupplyPoints() {}

    public static Map<String, Integer> trucksPerDay(RoadNetwork network) {
        Map<String, Integer> caps = new LinkedHashMap<>();
        for (RoadNode n : network.nodes()) {
            if (n.kind() != RoadNode.Kind.PORT && n.kind() != RoadNode.Kind.BORDER && n.kind() != RoadNode.Kind.DEPOT) {
                continue;
            }
            if (n.capacityTrucksPerDay().isPresent()) {
                caps.put(n.id(), (int) Math.floor(n.capacityTrucksPerDay().getAsDouble()));
                continue;
            }
            Matcher m = MT_PER_YEAR.matcher(n.provenance().note());
            if (n.kind() == RoadNode.Kind.PORT && m.find()) {
                caps.put(n.id(), (int) Math.floor(Double.parseDouble(m.group(1)) * 1e6 / 365 / 25));
                continue;
            }
            caps.put(
                    n.id(),
                    switch (n.kind()) {
                        case PORT -> 200;
                        case BORDER -> 150;
                        default -> 100;
                    });
        }
        return caps;
    }

    static String describe(Map<String, Integer> caps) {
        StringBuilder sb = new StringBuilder();
        caps.forEach(
                (k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %d", k, v)));
        return sb.toString();
    }
}
