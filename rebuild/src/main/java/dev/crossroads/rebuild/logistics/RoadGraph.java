package dev.crossroads.rebuild.logistics;

import dev.crossroads.core.roads.RoadNetwork;
import dev.crossroads.core.roads.RoadNode;
import dev.crossroads.core.roads.RoadSegment;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * The road network as trucks find it in one month: segments open in the pack plus those the repair schedule
 * has reopened by then. Shortest paths by travel time (Dijkstra; segments are undirected).
 */
public final class RoadGraph {
    private final RoadNetwork network;
    private final YearMonth month;
    private final Speeds speeds;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<List<RoadSegment>> adjacent = new ArrayList<>();
    private final Map<String, RoadNode> nodes = new HashMap<>();

    /** The graph of the month; {@code schedule} empty means every segment is open (to explain closures). */
    private RoadGraph(RoadNetwork network, Optional<RepairSchedule> schedule, YearMonth month, Speeds speeds) {
        this.network = network;
        this.month = month;
        this.speeds = speeds;
        for (RoadNode n : network.nodes()) {
            index.put(n.id(), index.size());
            adjacent.add(new ArrayList<>());
            nodes.put(n.id(), n);
        }
        for (RoadSegment s : network.segments()) {
            if (schedule.isEmpty() || schedule.get().isOpen(s, network, month)) {
                adjacent.get(index.get(s.from())).add(s);
                adjacent.get(index.get(s.to())).add(s);
            }
        }
    }

    public static RoadGraph of(RoadNetwork network, RepairSchedule schedule, YearMonth month, Speeds speeds) {
        return new RoadGraph(network, Optional.of(schedule), month, speeds);
    }

    /** Every segment open, whatever its state: the network after all repairs. */
    public static RoadGraph repaired(RoadNetwork network, Speeds speeds) {
        return new RoadGraph(network, Optional.empty(), YearMonth.of(9999, 12), speeds);
    }

    public YearMonth month() {
        return month;
    }

    public RoadNode node(String id) {
        RoadNode n = nodes.get(id);
        if (n == null) {
            throw new IllegalArgumentException("unknown road node '" + id + "'");
        }
        return n;
    }

    /** Fastest paths from one node to every node; empty entries where no open road leads. */
    public Map<String, RoadPath> fastestFrom(String from) {
        int n = index.size();
        double[] time = new double[n];
        double[] km = new double[n];
        RoadSegment[] via = new RoadSegment[n];
        Arrays.fill(time, Double.POSITIVE_INFINITY);
        int src = index.get(node(from).id());
        time[src] = 0;
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        queue.add(new double[] {0, src});
        List<RoadNode> byIndex = network.nodes();
        while (!queue.isEmpty()) {
            double[] top = queue.poll();
            int u = (int) top[1];
            if (top[0] > time[u]) {
                continue;
            }
            for (RoadSegment s : adjacent.get(u)) {
                int v = index.get(s.from()) == u ? index.get(s.to()) : index.get(s.from());
                double t = time[u] + speeds.minutes(s);
                if (t < time[v] - 1e-12) {
                    time[v] = t;
                    km[v] = km[u] + s.lengthKm();
                    via[v] = s;
                    queue.add(new double[] {t, v});
                }
            }
        }
        Map<String, RoadPath> paths = new HashMap<>();
        for (int v = 0; v < n; v++) {
            if (time[v] == Double.POSITIVE_INFINITY) {
                continue;
            }
            List<String> ns = new ArrayList<>();
            List<String> ss = new ArrayList<>();
            int at = v;
            ns.add(byIndex.get(at).id());
            while (at != src) {
                RoadSegment s = via[at];
                ss.add(s.id());
                at = index.get(s.from()) == at ? index.get(s.to()) : index.get(s.from());
                ns.add(byIndex.get(at).id());
            }
            Collections.reverse(ns);
            Collections.reverse(ss);
            paths.put(byIndex.get(v).id(), new RoadPath(ns, ss, km[v], time[v]));
        }
        return paths;
    }

    public Optional<RoadPath> fastest(String from, String to) {
        return Optional.ofNullable(fastestFrom(from).get(to));
    }
}
