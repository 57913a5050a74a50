package dev.crossroads.rebuild.logistics;

import dev.crossroads.core.pack.CsvTable;
import dev.crossroads.core.roads.RoadNetwork;
import dev.crossroads.core.roads.RoadNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The trucks available for the plan. A fleet file is CSV with columns {@code id,home,capacity_tonnes,count,
 * shift_start,shift_end} (times as HH:MM; {@code count} trucks named id-1..id-N).
 */
public record Fleet(List<Truck> trucks, String origin) {
    static final List<String> COLUMNS = List.of("id", "home", "capacity_tonnes", "count", "shift_start", "shift_end");

    public Fleet {
        trucks = List.copyOf(trucks);
        if (trucks.isEmpty()) {
            throw new IllegalArgumentException("the fleet has no trucks");
        }
        if (trucks.stream().map(Truck::id).distinct().count() != trucks.size()) {
            throw new IllegalArgumentException("truck ids must be unique");
        }
    }

    /**
     * An illustrative fleet of 38 trucks of 25 t working 05:00-21:00, homed where supplies enter: Tartus (10)
     * and Latakia (6) ports, Bab al-Hawa (6), Nasib (4), Semalka (3), Al-Bukamal (3), Jdeidet Yabous (2), and
     * across the border the Kilis depot in Türkiye (4). Homes missing from the network are skipped.
     */
    public static Fleet illustrative(RoadNetwork network) {
        String[][] homes = {
            {"tartus-port", "10"},
            {"latakia-port", "6"},
            {"bab-al-hawa", "6"},
            {"nasib", "4"},
            {"semalka", "3"},
            {"al-bukamal", "3"},
            {"jdeidet-yabous", "2"},
            // a supply point across the border, where a pack has one (the default pack: a depot at Kilis, Türkiye)
            {"kilis-depot", "4"}
        };
        Set<String> ids = network.nodes().stream().map(RoadNode::id).collect(Collectors.toSet());
        List<Truck> trucks = new ArrayList<>();
        for (String[] h : homes) {
            if (ids.contains(h[0])) {
                for (int i = 1; i <= Integer.parseInt(h[1]); i++) {
                    trucks.add(new Truck(h[0] + "-" + i, h[0], 25, 5 * 60, 21 * 60));
                }
            }
        }
        if (trucks.isEmpty()) {
            List<RoadNode> supply = network.nodes().stream()
                    .filter(n -> n.kind() == RoadNode.Kind.PORT
                            || n.kind() == RoadNode.Kind.BORDER
                            || n.kind() == RoadNode.Kind.DEPOT)
                    .toList();
            for (RoadNode n : supply) {
                for (int i = 1; i <= 4; i++) {
                    trucks.add(new Truck(n.id() + "-" + i, n.id(), 25, 5 * 60, 21 * 60));
                }
            }
        }
        return new Fleet(
                trucks,
                "illustrative: 25 t trucks at the ports, the main crossings and supply points across the border, 05:00-21:00");
    }

    /**
     * Parses the text of a fleet file; {@code name} is the file name problems carry.
     *
     * @throws LogisticsInputException listing every problem, each at {@code name:line:column}
     */
    public static Fleet parse(String name, String text, RoadNetwork network) {
        return from(CsvTable.parse(name, text, COLUMNS), network, name);
    }

    private static Fleet from(CsvTable csv, RoadNetwork network, String name) {
        Set<String> ids = network.nodes().stream().map(RoadNode::id).collect(Collectors.toSet());
        List<Truck> trucks = new ArrayList<>();
        for (CsvTable.Row row : csv.rows()) {
            String id = row.text("id");
            String home = row.text("home");
            if (!home.isEmpty() && !ids.contains(home)) {
                row.error("home", "unknown road node '" + home + "': use an id of roads/nodes.csv");
            }
            double cap = row.number("capacity_tonnes");
            if (cap <= 0 && !row.broken()) {
                row.error("capacity_tonnes", "capacity_tonnes must be positive");
            }
            double count = row.number("count");
            if ((count < 1 || count != Math.floor(count)) && !row.broken()) {
                row.error("count", "count must be a whole number of at least 1");
            }
            int start = minutes(row, "shift_start");
            int end = minutes(row, "shift_end");
            if (!row.broken() && end <= start) {
                row.error("shift_end", "shift_end must be after shift_start on the same day");
            }
            if (!row.broken()) {
                for (int i = 1; i <= (int) count; i++) {
                    trucks.add(new Truck(count == 1 ? id : id + "-" + i, home, cap, start, end));
                }
            }
        }
        LogisticsInputException.throwIfAny(csv.errors());
        return new Fleet(trucks, "file " + name);
    }

    private static int minutes(CsvTable.Row row, String column) {
        String v = row.raw(column);
        if (!v.matches("\\d{1,2}:\\d{2}")) {
            row.error(column, "'" + v + "' is not a time: use HH:MM");
            return 0;
        }
        int h = Integer.parseInt(v.substring(0, v.indexOf(':')));
        int m = Integer.parseInt(v.substring(v.indexOf(':') + 1));
        if (h > 24 || m > 59 || h * 60 + m > 24 * 60) {
            row.error(column, "'" + v + "' is not a time of day");
            return 0;
        }
        return h * 60 + m;
    }
}
