package dev.crossroads.rebuild.logistics;

import dev.crossroads.core.rebuild.MaterialRate;
import dev.crossroads.core.roads.RoadNode;
import dev.crossroads.core.roads.RoadSegment;
import dev.crossroads.rebuild.logistics.LogisticsPlan.ClosedSegment;
import dev.crossroads.rebuild.logistics.LogisticsPlan.Load;
import dev.crossroads.rebuild.logistics.LogisticsPlan.Reason;
import dev.crossroads.rebuild.logistics.LogisticsPlan.Stop;
import dev.crossroads.rebuild.logistics.LogisticsPlan.TruckRoute;
import dev.crossroads.rebuild.logistics.LogisticsPlan.UnmetDelivery;
import dev.crossroads.rebuild.vrp.VrpJob;
import dev.crossroads.rebuild.vrp.VrpProblem;
import dev.crossroads.rebuild.vrp.VrpRoute;
import dev.crossroads.rebuild.vrp.VrpSolution;
import dev.crossroads.rebuild.vrp.VrpSolver;
import dev.crossroads.rebuild.vrp.VrpSolvers;
import dev.crossroads.rebuild.vrp.VrpVehicle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The logistics engine's entry point. Turns the period's work into truckloads (tonnes per unit x units per
 * month, split into loads no larger than the biggest truck, released evenly over the working days), sorts
 * out those no truck can make (no open road from any truck's home; no trip within the longest trip's days), sends
 * trucks on trips of several days to sites no round trip within a working day reaches (one site per trip, resting
 * overnight), then solves one vehicle routing problem per working day over the month's road graph: trucks are vehicles
 * that start and end at their home depot within their working hours, loads are jobs with the sites' hours.
 * A truck back home early reloads and drives again (up to four trips a day, one routing problem per round).
 * Loads a day cannot take wait for the next day; what is left at the month's end lacks capacity.
 */
public final class LogisticsPlanner {
    /** Penalty, in km, for leaving a load for another day: far more than any detour. */
    static final double DROP_PENALTY_KM = 100_000;
    /** Trips a truck may make in one day (it reloads at home between them). */
    static final int MAX_TRIPS_PER_DAY = 4;

    private LogisticsPlanner() {}

    /** A load to deliver: released on working day {@code release} (0-based). */
    private record Pending(
            int id, String workPackage, String site, String region, String material, double tonnes, int release) {}

    public static LogisticsPlan plan(LogisticsProblem p) {
        long t0 = System.nanoTime();
        LogisticsSettings set = p.settings();
        RoadGraph graph = RoadGraph.of(p.network(), p.schedule(), p.period(), p.speeds());
        RoadGraph repaired = RoadGraph.repaired(p.network(), p.speeds());
        List<LocalDate> days = new ArrayList<>();
        for (int d = 1; d <= p.period().lengthOfMonth(); d++) {
            LocalDate date = p.period().atDay(d);
            if (!set.restDays().contains(date.getDayOfWeek())) {
                days.add(date);
            }
        }
        double maxCap = p.fleet().trucks().stream()
                .mapToDouble(Truck::capacityTonnes)
                .max()
                .orElseThrow();

        // demand per (work package, site, material)
        Map<String, Double> demandedByMaterial = new TreeMap<>();
        List<Pending> loads = new ArrayList<>();
        double demanded = 0;
        for (WorkActivity a : p.activities()) {
            for (MaterialRate r : p.materials().of(a.assetClass())) {
                double tonnes = a.unitsPerMonth() * r.tonnesPerUnit();
                if (tonnes <= 1e-9) {
                    continue;
                }
                demanded += tonnes;
                demandedByMaterial.merge(r.material(), tonnes, Double::sum);
                int count = (int) Math.ceil(tonnes / maxCap - 1e-9);
                for (int i = 0; i < count; i++) {
                    double t = i < count - 1 ? maxCap : tonnes - maxCap * (count - 1);
                    int release = (int) Math.floor((double) i * days.size() / count);
                    loads.add(
                            new Pending(loads.size(), a.workPackage(), a.site(), a.region(), r.material(), t, release));
                }
            }
        }

        // locations: homes first, then sites; fastest paths between all of them in this month's graph
        List<String> places = new ArrayList<>(
                new LinkedHashSet<>(p.fleet().trucks().stream().map(Truck::home).toList()));
        int homes = places.size();
        for (Pending l : loads) {
            if (!places.contains(l.site())) {
                places.add(l.site());
            }
        }
        Map<String, Map<String, RoadPath>> paths = new HashMap<>();
        for (String place : places) {
            paths.put(place, graph.fastestFrom(place));
        }
        int n = places.size();
        double[][] km = new double[n][n];
        double[][] minutes = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                RoadPath path = paths.get(places.get(a)).get(places.get(b));
                km[a][b] = path == null ? VrpProblem.UNREACHABLE : path.km();
                minutes[a][b] = path == null ? VrpProblem.UNREACHABLE : path.minutes();
            }
        }

        // what no truck can do at all this month
        List<UnmetDelivery> unmet = new ArrayList<>();
        List<Pending> feasible = new ArrayList<>();
        // loads no round trip within a working day can take, but a trip of several days can
        List<Pending> longHaul = new ArrayList<>();
        Map<String, Optional<UnmetDelivery>> siteVerdict = new HashMap<>();
        for (Pending l : loads) {
            Optional<UnmetDelivery> verdict = siteVerdict.computeIfAbsent(
                    l.site(), s -> impossible(p, graph, repaired, places, homes, minutes, s));
            if (verdict.isPresent()
                    && verdict.get().reason() == Reason.NO_TIME
                    && longestTrip(p, places, minutes, l.site()) <= set.maxTripDays()) {
                longHaul.add(l);
            } else if (verdict.isPresent()) {
                UnmetDelivery v = verdict.get();
                unmet.add(new UnmetDelivery(
                        l.workPackage(), l.site(), l.region(), l.material(), l.tonnes(), v.reason(), v.detail()));
            } else {
                feasible.add(l);
            }
        }

        // one routing problem per working day
        VrpSolver solver = VrpSolvers.byName(set.solver());
        List<TruckRoute> routes = new ArrayList<>();
        Map<String, Double> deliveredByMaterial = new TreeMap<>();
        List<Pending> waiting = new ArrayList<>();
        int next = 0;
        List<Pending> byRelease = feasible.stream()
                .sorted((x, y) -> Integer.compare(x.release(), y.release()))
                .toList();
        Map<String, LocalDate> busyUntil = new HashMap<>();
        List<Pending> longWaiting = new ArrayList<>();
        int nextLong = 0;
        List<Pending> longByRelease = longHaul.stream()
                .sorted((x, y) -> Integer.compare(x.release(), y.release()))
                .toList();
        for (int day = 0; day < days.size(); day++) {
            while (next < byRelease.size() && byRelease.get(next).release() <= day) {
                waiting.add(byRelease.get(next++));
            }
            while (nextLong < longByRelease.size()
                    && longByRelease.get(nextLong).release() <= day) {
                longWaiting.add(longByRelease.get(nextLong++));
            }
            if (waiting.isEmpty() && longWaiting.isEmpty()) {
                continue;
            }
            LocalDate date = days.get(day);
            Map<String, Double> freeAt = new HashMap<>();
            Map<String, Integer> loadings = new HashMap<>();
            p.fleet().trucks().forEach(t -> freeAt.put(t.id(), (double) t.shiftStartMinute()));
            // trucks still away on a trip of several days do nothing today
            for (Truck t : p.fleet().trucks()) {
                if (busyUntil.containsKey(t.id()) && date.isBefore(busyUntil.get(t.id()))) {
                    freeAt.put(t.id(), (double) t.shiftEndMinute());
                }
            }
            // long-haul loads first: each site's loads on the free truck with the shortest trip there
            longWaiting = longTrips(
                    p,
                    graph,
                    paths,
                    places,
                    minutes,
                    date,
                    longWaiting,
                    freeAt,
                    loadings,
                    busyUntil,
                    routes,
                    deliveredByMaterial);
            if (waiting.isEmpty()) {
                continue;
            }
            // trucks back home early load again: rounds of routing until no truck can add a trip
            for (int round = 0; round < MAX_TRIPS_PER_DAY && !waiting.isEmpty(); round++) {
                List<Truck> trucks = new ArrayList<>();
                List<VrpVehicle> vehicles = new ArrayList<>();
                for (Truck t : p.fleet().trucks()) {
                    double start = freeAt.get(t.id()) + set.loadingMinutes();
                    int home = places.indexOf(t.home());
                    if (start >= t.shiftEndMinute()
                            || loadings.getOrDefault(t.home(), 0)
                                    >= p.supplyTrucksPerDay().get(t.home())
                            || !canDoATrip(set, minutes, home, waiting, places, start, t.shiftEndMinute())) {
                        continue;
                    }
                    loadings.merge(t.home(), 1, Integer::sum);
                    trucks.add(t);
                    vehicles.add(new VrpVehicle(
                            t.id(), home, home, (int) Math.round(t.capacityTonnes() * 10), start, t.shiftEndMinute()));
                }
                if (trucks.isEmpty()) {
                    break;
                }
                List<VrpJob> jobs = new ArrayList<>();
                for (Pending l : waiting) {
                    jobs.add(new VrpJob(
                            "load" + l.id(),
                            places.indexOf(l.site()),
                            (int) Math.round(l.tonnes() * 10),
                            set.siteOpenMinute(),
                            set.siteCloseMinute(),
                            set.unloadingMinutes()));
                }
                VrpProblem vrp = new VrpProblem(
                        date + "-trip" + (round + 1), km, minutes, vehicles, jobs, false, true, DROP_PENALTY_KM, 100);
                VrpSolution sol = solver.solve(vrp, set.budgetPerDay());
                List<Pending> stillWaiting = new ArrayList<>();
                sol.unassigned().forEach(j -> stillWaiting.add(waiting.get(j)));
                // loadings of trucks that got no route are given back
                loadings.clear();
                for (VrpRoute r : sol.routes()) {
                    Truck truck = trucks.get(r.vehicle());
                    List<Pending> served = r.jobs().stream().map(waiting::get).toList();
                    TruckRoute route = route(
                            p,
                            graph,
                            paths,
                            truck,
                            date,
                            round + 1,
                            vehicles.get(r.vehicle()).earliestStart(),
                            served);
                    routes.add(route);
                    freeAt.put(truck.id(), route.returnMinute());
                    served.forEach(l -> deliveredByMaterial.merge(l.material(), l.tonnes(), Double::sum));
                }
                for (TruckRoute r : routes) {
                    if (r.date().equals(date)) {
                        loadings.merge(r.home(), 1, Integer::sum);
                    }
                }
                waiting.clear();
                waiting.addAll(stillWaiting);
                if (sol.routes().isEmpty()) {
                    break;
                }
            }
        }
        waiting.addAll(longWaiting);
        for (Pending l : waiting) {
            unmet.add(new UnmetDelivery(
                    l.workPackage(),
                    l.site(),
                    l.region(),
                    l.material(),
                    l.tonnes(),
                    Reason.NO_CAPACITY,
                    "the fleet was fully used: still waiting at the end of " + p.period()));
        }
        double delivered = deliveredByMaterial.values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
        double distance = routes.stream().mapToDouble(TruckRoute::distanceKm).sum();
        List<ClosedSegment> closed = new ArrayList<>();
        for (RoadSegment s : p.network().segments()) {
            if (!p.schedule().isOpen(s, p.network(), p.period())) {
                closed.add(new ClosedSegment(
                        s.id(),
                        s.road(),
                        s.from(),
                        s.to(),
                        s.state().name().toLowerCase(Locale.ROOT),
                        p.schedule()
                                .reopens(s, p.network())
                                .map(Object::toString)
                                .orElse("not scheduled"),
                        p.schedule().repairedBy(s.id()).orElse("")));
            }
        }
        List<String> assumptions = List.of(
                "repair schedule: " + p.schedule().origin(),
                "fleet: " + p.fleet().origin(),
                String.format(
                        Locale.ROOT,
                        "speeds (km/h): motorway %.0f, primary %.0f, secondary %.0f; damaged segments and destroyed bridges impassable until reopened",
                        p.speeds().motorwayKmh(),
                        p.speeds().primaryKmh(),
                        p.speeds().secondaryKmh()),
                String.format(
                        Locale.ROOT,
                        "loading %d min at home each morning, unloading %d min per stop, sites open %s-%s, rest days %s",
                        set.loadingMinutes(),
                        set.unloadingMinutes(),
                        clock(set.siteOpenMinute()),
                        clock(set.siteCloseMinute()),
                        set.restDays().stream()
                                .map(d -> d.toString().toLowerCase(Locale.ROOT))
                                .sorted()
                                .toList()),
                "materials are available at every truck's home (ports and crossings); trucks load at home before each trip (up to "
                        + MAX_TRIPS_PER_DAY + " trips a day)",
                "a site no round trip within a working day reaches gets trips of up to " + set.maxTripDays()
                        + " days: the truck drives within its working hours and rests overnight where it is",
                "supply points (trucks a day): " + SupplyPoints.describe(p.supplyTrucksPerDay()),
                "routing budget per trip round of a day: " + set.budgetPerDay()
                        + (set.budgetPerDay().deterministic()
                                ? " (the same plan on every run unless the wall limit stops a solve)"
                                : " (wall time: the plan may differ between runs)"));
        return new LogisticsPlan(
                p.period(),
                p.schedule().origin(),
                p.fleet().origin(),
                solver.name(),
                days.size(),
                routes,
                merge(unmet),
                demandedByMaterial,
                deliveredByMaterial,
                demanded,
                delivered,
                distance,
                closed,
                assumptions,
                (System.nanoTime() - t0) / 1_000_000);
    }

    /** The days of the shortest trip any truck can make to a site and back (a large number when none can). */
    private static int longestTrip(LogisticsProblem p, List<String> places, double[][] minutes, String site) {
        int best = Integer.MAX_VALUE;
        int s = places.indexOf(site);
        for (Truck t : p.fleet().trucks()) {
            int h = places.indexOf(t.home());
            if (minutes[h][s] >= VrpProblem.UNREACHABLE || minutes[s][h] >= VrpProblem.UNREACHABLE) {
                continue;
            }
            best = Math.min(best, Shifts.days(tripBack(p.settings(), t, minutes[h][s], minutes[s][h], 1)));
        }
        return best;
    }

    /** The minute (from midnight of the day it leaves) a truck is back from one site with {@code stops} unloadings. */
    private static double tripBack(LogisticsSettings set, Truck t, double there, double back, int unloadings) {
        double depart = t.shiftStartMinute() + set.loadingMinutes();
        double arrive = Shifts.open(
                Shifts.drive(depart, there, t.shiftStartMinute(), t.shiftEndMinute()),
                set.siteOpenMinute(),
                set.siteCloseMinute());
        return Shifts.drive(
                arrive + set.unloadingMinutes() * unloadings, back, t.shiftStartMinute(), t.shiftEndMinute());
    }

    /**
     * Sends free trucks on trips of several days to the sites that waiting long-haul loads go to, one site per trip,
     * as much as the truck carries; returns the loads still waiting.
     */
    private static List<Pending> longTrips(
            LogisticsProblem p,
            RoadGraph graph,
            Map<String, Map<String, RoadPath>> paths,
            List<String> places,
            double[][] minutes,
            LocalDate date,
            List<Pending> longWaiting,
            Map<String, Double> freeAt,
            Map<String, Integer> loadings,
            Map<String, LocalDate> busyUntil,
            List<TruckRoute> routes,
            Map<String, Double> deliveredByMaterial) {
        LogisticsSettings set = p.settings();
        List<Pending> left = new ArrayList<>(longWaiting);
        List<String> sites = new ArrayList<>(
                new LinkedHashSet<>(left.stream().map(Pending::site).toList()));
        for (String site : sites) {
            while (true) {
                int s = places.indexOf(site);
                Truck best = null;
                double bestBack = Double.POSITIVE_INFINITY;
                for (Truck t : p.fleet().trucks()) {
                    int h = places.indexOf(t.home());
                    if (freeAt.get(t.id()) > t.shiftStartMinute()
                            || loadings.getOrDefault(t.home(), 0)
                                    >= p.supplyTrucksPerDay().getOrDefault(t.home(), 0)
                            || minutes[h][s] >= VrpProblem.UNREACHABLE
                            || minutes[s][h] >= VrpProblem.UNREACHABLE) {
                        continue;
                    }
                    double back = tripBack(set, t, minutes[h][s], minutes[s][h], 1);
                    if (Shifts.days(back) <= set.maxTripDays() && back < bestBack) {
                        best = t;
                        bestBack = back;
                    }
                }
                List<Pending> here =
                        left.stream().filter(l -> l.site().equals(site)).toList();
                if (best == null || here.isEmpty()) {
                    break;
                }
                List<Pending> load = new ArrayList<>();
                double tonnes = 0;
                for (Pending l : here) {
                    if (tonnes + l.tonnes() <= best.capacityTonnes() + 1e-9) {
                        load.add(l);
                        tonnes += l.tonnes();
                    }
                }
                if (load.isEmpty()) {
                    break;
                }
                TruckRoute r = longRoute(p, graph, paths, best, date, load);
                routes.add(r);
                left.removeAll(load);
                load.forEach(l -> deliveredByMaterial.merge(l.material(), l.tonnes(), Double::sum));
                freeAt.put(best.id(), (double) best.shiftEndMinute());
                loadings.merge(best.home(), 1, Integer::sum);
                busyUntil.put(best.id(), date.plusDays(r.days()));
            }
        }
        return left;
    }

    /** A trip of one or more days from a truck's home to one site and back, on the clock of {@link Shifts}. */
    private static TruckRoute longRoute(
            LogisticsProblem p,
            RoadGraph graph,
            Map<String, Map<String, RoadPath>> paths,
            Truck truck,
            LocalDate date,
            List<Pending> served) {
        LogisticsSettings set = p.settings();
        String site = served.get(0).site();
        RoadPath there = paths.get(truck.home()).get(site);
        RoadPath back = paths.get(site).get(truck.home());
        double depart = truck.shiftStartMinute() + set.loadingMinutes();
        double arrival =
                Shifts.open(segmentsDrive(p, there, depart, truck), set.siteOpenMinute(), set.siteCloseMinute());
        List<Load> loads = new ArrayList<>();
        served.forEach(l -> loads.add(new Load(l.workPackage(), l.material(), l.tonnes())));
        double leave = arrival + set.unloadingMinutes() * loads.size();
        List<String> nodes = new ArrayList<>(there.nodes());
        int stopIndex = nodes.size() - 1;
        nodes.addAll(back.nodes().subList(1, back.nodes().size()));
        List<String> segments = new ArrayList<>(there.segments());
        segments.addAll(back.segments());
        double home = segmentsDrive(p, back, leave, truck);
        List<String> roads = new ArrayList<>();
        for (String id : segments) {
            String road = p.network().segments().stream()
                    .filter(x -> x.id().equals(id))
                    .findFirst()
                    .map(RoadSegment::road)
                    .orElse(id);
            if (roads.isEmpty() || !roads.get(roads.size() - 1).equals(road)) {
                roads.add(road);
            }
        }
        return new TruckRoute(
                truck.id(),
                date,
                1,
                truck.home(),
                truck.capacityTonnes(),
                depart,
                home,
                List.of(new Stop(site, graph.node(site).name(), stopIndex, arrival, leave, loads)),
                nodes,
                segments,
                roads,
                there.km() + back.km(),
                Shifts.days(home));
    }

    /** Drives a path segment by segment (as the validator recomputes it), resting overnight outside working hours. */
    private static double segmentsDrive(LogisticsProblem p, RoadPath path, double from, Truck t) {
        double time = from;
        for (String id : path.segments()) {
            RoadSegment seg = p.network().segments().stream()
                    .filter(x -> x.id().equals(id))
                    .findFirst()
                    .orElseThrow();
            time = Shifts.drive(
                    time,
                    seg.lengthKm() / p.speeds().kmh(seg.roadClass()) * 60.0,
                    t.shiftStartMinute(),
                    t.shiftEndMinute());
        }
        return time;
    }

    /** True when a truck leaving home at {@code start} can serve some waiting load and be back by {@code end}. */
    private static boolean canDoATrip(
            LogisticsSettings set,
            double[][] minutes,
            int home,
            List<Pending> waiting,
            List<String> places,
            double start,
            double end) {
        for (Pending l : waiting) {
            int s = places.indexOf(l.site());
            if (minutes[home][s] >= VrpProblem.UNREACHABLE) {
                continue;
            }
            double arrive = Math.max(start + minutes[home][s], set.siteOpenMinute());
            if (arrive <= set.siteCloseMinute() && arrive + set.unloadingMinutes() + minutes[s][home] <= end) {
                return true;
            }
        }
        return false;
    }

    /** Why no truck can serve a site this month, or empty when some truck can. */
    private static Optional<UnmetDelivery> impossible(
            LogisticsProblem p,
            RoadGraph graph,
            RoadGraph repaired,
            List<String> places,
            int homes,
            double[][] minutes,
            String site) {
        int s = places.indexOf(site);
        boolean reachable = false;
        double bestRound = Double.POSITIVE_INFINITY;
        String bestHome = "";
        LogisticsSettings set = p.settings();
        for (Truck t : p.fleet().trucks()) {
            int h = places.indexOf(t.home());
            if (minutes[h][s] >= VrpProblem.UNREACHABLE || minutes[s][h] >= VrpProblem.UNREACHABLE) {
                continue;
            }
            reachable = true;
            double arrive = Math.max(t.shiftStartMinute() + set.loadingMinutes() + minutes[h][s], set.siteOpenMinute());
            double back = arrive + set.unloadingMinutes() + minutes[s][h];
            if (arrive <= set.siteCloseMinute() && back <= t.shiftEndMinute()) {
                return Optional.empty();
            }
            double round = set.loadingMinutes() + minutes[h][s] + set.unloadingMinutes() + minutes[s][h];
            if (round < bestRound) {
                bestRound = round;
                bestHome = t.home();
            }
        }
        // which closed segments cut the site off: those on the fastest route once everything is repaired
        List<String> blockers = new ArrayList<>();
        for (int h = 0; h < homes; h++) {
            Optional<RoadPath> path = repaired.fastest(places.get(h), site);
            if (path.isEmpty()) {
                continue;
            }
            for (String segId : path.get().segments()) {
                RoadSegment seg = p.network().segments().stream()
                        .filter(x -> x.id().equals(segId))
                        .findFirst()
                        .orElseThrow();
                if (!p.schedule().isOpen(seg, p.network(), p.period())) {
                    String b = seg.id() + " ("
                            + seg.state().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ", reopens "
                            + p.schedule()
                                    .reopens(seg, p.network())
                                    .map(Object::toString)
                                    .orElse("not scheduled")
                            + p.schedule()
                                    .repairedBy(seg.id())
                                    .map(w -> " with " + w)
                                    .orElse("") + ")";
                    if (!blockers.contains(b)) {
                        blockers.add(b);
                    }
                }
            }
        }
        if (reachable) {
            return Optional.of(new UnmetDelivery(
                    "",
                    site,
                    "",
                    "",
                    0,
                    Reason.NO_TIME,
                    String.format(
                            Locale.ROOT,
                            "the shortest round trip, from %s, takes %s with loading and unloading: longer than a working day, "
                                    + "and no trip of up to %d days with overnight rests gets there and back%s",
                            bestHome,
                            duration(bestRound),
                            set.maxTripDays(),
                            blockers.isEmpty() ? "" : "; shorter roads wait for " + String.join("; ", blockers))));
        }
        return Optional.of(new UnmetDelivery(
                "",
                site,
                "",
                "",
                0,
                Reason.NO_OPEN_ROAD,
                blockers.isEmpty()
                        ? "no road links the site to any truck's home"
                        : "cut off from every truck's home in " + p.period() + " by " + String.join("; ", blockers)));
    }

    private static TruckRoute route(
            LogisticsProblem p,
            RoadGraph graph,
            Map<String, Map<String, RoadPath>> paths,
            Truck truck,
            LocalDate date,
            int trip,
            double depart,
            List<Pending> served) {
        LogisticsSettings set = p.settings();
        List<String> nodes = new ArrayList<>(List.of(truck.home()));
        List<String> segments = new ArrayList<>();
        List<Stop> stops = new ArrayList<>();
        double time = depart;
        double kmTotal = 0;
        String at = truck.home();
        int i = 0;
        while (i < served.size()) {
            String site = served.get(i).site();
            List<Load> loads = new ArrayList<>();
            while (i < served.size() && served.get(i).site().equals(site)) {
                Pending l = served.get(i++);
                loads.add(new Load(l.workPackage(), l.material(), l.tonnes()));
            }
            RoadPath leg = paths.get(at).get(site);
            nodes.addAll(leg.nodes().subList(1, leg.nodes().size()));
            segments.addAll(leg.segments());
            kmTotal += leg.km();
            double arrival = Math.max(time + leg.minutes(), set.siteOpenMinute());
            // one unloading per load, as the routing model counts service per job
            double leave = arrival + set.unloadingMinutes() * loads.size();
            stops.add(new Stop(site, graph.node(site).name(), nodes.size() - 1, arrival, leave, loads));
            time = leave;
            at = site;
        }
        RoadPath back = paths.get(at).get(truck.home());
        nodes.addAll(back.nodes().subList(1, back.nodes().size()));
        segments.addAll(back.segments());
        kmTotal += back.km();
        time += back.minutes();
        List<String> roads = new ArrayList<>();
        for (String id : segments) {
            String road = p.network().segments().stream()
                    .filter(s -> s.id().equals(id))
                    .findFirst()
                    .map(RoadSegment::road)
                    .orElse(id);
            if (roads.isEmpty() || !roads.get(roads.size() - 1).equals(road)) {
                roads.add(road);
            }
        }
        return new TruckRoute(
                truck.id(),
                date,
                trip,
                truck.home(),
                truck.capacityTonnes(),
                depart,
                time,
                stops,
                nodes,
                segments,
                roads,
                kmTotal);
    }

    /** Unmet loads of the same work package, site, material and reason, summed. */
    private static List<UnmetDelivery> merge(Iterable<UnmetDelivery> unmet) {
        Map<String, UnmetDelivery> m = new LinkedHashMap<>();
        for (UnmetDelivery u : unmet) {
            m.merge(
                    u.workPackage() + "|" + u.site() + "|" + u.material() + "|" + u.reason(),
                    u,
                    (a, b) -> new UnmetDelivery(
                            a.workPackage(),
                            a.site(),
                            a.region(),
                            a.material(),
                            a.tonnes() + b.tonnes(),
                            a.reason(),
                            a.detail()));
        }
        return List.copyOf(m.values());
    }

    static String clock(double minute) {
        int m = (int) Math.round(minute);
        return String.format(Locale.ROOT, "%02d:%02d", m / 60, m % 60);
    }

    static String duration(double minutes) {
        int m = (int) Math.round(minutes);
        return String.format(Locale.ROOT, "%dh%02d", m / 60, m % 60);
    }

    /** A road node's kind as a word, for output. */
    static String kind(RoadNode n) {
        return n.kind().name().toLowerCase(Locale.ROOT);
    }
}
