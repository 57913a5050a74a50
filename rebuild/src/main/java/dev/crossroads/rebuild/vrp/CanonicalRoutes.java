package dev.crossroads.rebuild.vrp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One representative of a routing solution among those that differ only by interchangeable vehicles (same depots,
 * capacity and hours) or interchangeable jobs (same location, demand, window and service time): the same routes and
 * cost, named in one canonical way.
 *
 * <p>Why: OR-Tools breaks exact ties between such solutions differently from one solve to the next in one process
 * (measured at one iteration budget: two solves in a row of a logistics day gave two of three identical trucks each
 * other's loads; on 40 small time-windowed problems with twin trucks and identical loads solved four times each, 37
 * were named differently between solves, always at the same cost; named canonically, none). With an iteration budget
 * the search is otherwise the same, so naming the tied solutions one way makes the plan the same on every run. Ties
 * between solutions that really differ (two arrangements of different loads at the same cost) are not touched.
 *
 * <p>The canonical form: each group of twin vehicles takes its tours sorted by the kinds of jobs they visit
 * (non-empty first), in the order of its vehicles; then, vehicle by vehicle and stop by stop, each visited job becomes
 * the lowest-numbered unvisited job of its kind; the jobs of a kind left over are the unassigned ones.
 */
final class CanonicalRoutes {
    private CanonicalRoutes() {}

    /** The routes in canonical form, one per vehicle in vehicle order (empty ones included). */
    static List<VrpRoute> of(VrpProblem p, List<VrpRoute> routes) {
        int[] kind = jobKinds(p.jobs());
        Map<Integer, List<Integer>> tourOf = new HashMap<>();
        routes.forEach(r -> tourOf.put(r.vehicle(), r.jobs()));
        // twins take their tours sorted by the kinds of job they visit
        List<List<Integer>> tours = new ArrayList<>();
        for (int k = 0; k < p.vehicles().size(); k++) {
            tours.add(tourOf.getOrDefault(k, List.of()));
        }
        Comparator<List<Integer>> byKinds = (a, b) -> compare(kinds(a, kind), kinds(b, kind));
        for (List<Integer> twins : twinGroups(p.vehicles())) {
            List<List<Integer>> mine = new ArrayList<>();
            twins.forEach(k -> mine.add(tourOf.getOrDefault(k, List.of())));
            mine.sort(byKinds);
            for (int i = 0; i < twins.size(); i++) {
                tours.set(twins.get(i), mine.get(i));
            }
        }
        // each visit of a kind takes the kind's lowest job not yet visited
        Map<Integer, Deque<Integer>> free = freeByKind(kind);
        List<VrpRoute> out = new ArrayList<>();
        for (int k = 0; k < tours.size(); k++) {
            List<Integer> jobs = new ArrayList<>();
            for (int j : tours.get(k)) {
                jobs.add(free.get(kind[j]).removeFirst());
            }
            out.add(new VrpRoute(k, jobs));
        }
        return out;
    }

    /** The jobs the canonical routes leave out: of each kind, those after the ones visited. */
    static List<Integer> unassigned(VrpProblem p, List<VrpRoute> routes) {
        int[] kind = jobKinds(p.jobs());
        Map<Integer, Deque<Integer>> free = freeByKind(kind);
        for (VrpRoute r : routes) {
            r.jobs().forEach(j -> free.get(kind[j]).removeFirst());
        }
        List<Integer> left = new ArrayList<>();
        free.values().forEach(left::addAll);
        left.sort(Comparator.naturalOrder());
        return left;
    }

    /** Each job's kind: the lowest index of a job identical to it. */
    private static int[] jobKinds(List<VrpJob> jobs) {
        Map<List<Object>, Integer> first = new HashMap<>();
        int[] kind = new int[jobs.size()];
        for (int j = 0; j < jobs.size(); j++) {
            VrpJob x = jobs.get(j);
            Integer seen = first.putIfAbsent(
                    List.of(x.location(), x.demand(), x.readyTime(), x.dueTime(), x.serviceTime()), j);
            kind[j] = seen == null ? j : seen;
        }
        return kind;
    }

    private static Map<Integer, Deque<Integer>> freeByKind(int[] kind) {
        Map<Integer, Deque<Integer>> free = new LinkedHashMap<>();
        for (int j = 0; j < kind.length; j++) {
            free.computeIfAbsent(kind[j], x -> new ArrayDeque<>()).addLast(j);
        }
        return free;
    }

    /** Vehicles with the same depots, capacity and hours, in vehicle order, each group in order of its first. */
    private static List<List<Integer>> twinGroups(List<VrpVehicle> vehicles) {
        Map<List<Object>, List<Integer>> groups = new LinkedHashMap<>();
        for (int k = 0; k < vehicles.size(); k++) {
            VrpVehicle v = vehicles.get(k);
            groups.computeIfAbsent(
                            List.of(v.start(), v.end(), v.capacity(), v.earliestStart(), v.latestEnd()),
                            x -> new ArrayList<>())
                    .add(k);
        }
        return new ArrayList<>(groups.values());
    }

    private static List<Integer> kinds(List<Integer> tour, int[] kind) {
        return tour.stream().map(j -> kind[j]).toList();
    }

    /** Non-empty tours first, then by their elements in order, a prefix first. */
    private static int compare(List<Integer> a, List<Integer> b) {
        if (a.isEmpty() != b.isEmpty()) {
            return a.isEmpty() ? 1 : -1;
        }
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
