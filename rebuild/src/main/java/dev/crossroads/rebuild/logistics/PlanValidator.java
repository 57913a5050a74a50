package dev.crossroads.rebuild.logistics;

import dev.crossroads.core.rebuild.MaterialRate;
import dev.crossroads.core.roads.RoadSegment;
import dev.crossroads.rebuild.logistics.LogisticsPlan.Load;
import dev.crossroads.rebuild.logistics.LogisticsPlan.Stop;
import dev.crossroads.rebuild.logistics.LogisticsPlan.TruckRoute;
import dev.crossroads.rebuild.logistics.LogisticsPlan.UnmetDelivery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a logistics plan against its problem without using the planner, the road graph or the routing
 * solvers: checks that a truck's trips of a day follow each other with a loading in between, walks every
 * route segment by segment, recomputing the road states from the repair schedule, the
 * drive times from the speeds, the arrival times against the sites' hours and the return against the
 * truck's working hours, the load against the truck's payload, the trucks loaded per supply point and day,
 * and that delivered plus unmet tonnes equal the demand of every work package and material.
 */
public final class PlanValidator {
    private static final double MINUTE_TOLERANCE = 0.01;
    private static final double TONNE_TOLERANCE = 1e-6;

    private PlanValidator() {}

    public static List<String> violations(LogisticsProblem p, LogisticsPlan plan) {
        List<String> out = new ArrayList<>();
        Map<String, RoadSegment> segments = new HashMap<>();
        p.network().segments().forEach(s -> segments.put(s.id(), s));
        Map<String, Truck> trucks = new HashMap<>();
        p.fleet().trucks().forEach(t -> trucks.put(t.id(), t));
        Set<String> truckDays = new HashSet<>();
        Map<String, Integer> loadedPerHomeDay = new HashMap<>();
        Map<String, Double> delivered = new HashMap<>();
        LogisticsSettings set = p.settings();
        for (TruckRoute r : plan.routes()) {
            String who = r.truck() + " on " + r.date();
            Truck t = trucks.get(r.truck());
            if (t == null) {
                out.add(who + ": no such truck in the fleet");
                continue;
            }
            if (!truckDays.add(r.truck() + "|" + r.date() + "|" + r.trip())) {
                out.add(who + ": the truck has two routes numbered trip " + r.trip());
            }
            double earliest = t.shiftStartMinute() + set.loadingMinutes();
            for (TruckRoute other : plan.routes()) {
                if (other != r
                        && other.truck().equals(r.truck())
                        && other.date().equals(r.date())
                        && other.trip() < r.trip()) {
                    earliest = Math.max(earliest, other.returnMinute() + set.loadingMinutes());
                }
            }
            if (r.departMinute() < earliest - MINUTE_TOLERANCE) {
                out.add(String.format(
                        Locale.ROOT,
                        "%s: trip %d leaves at minute %.1f, before the truck can be loaded (%.1f)",
                        who,
                        r.trip(),
                        r.departMinute(),
                        earliest));
            }
            LocalDate d = r.date();
            if (!d.getMonth().equals(p.period().getMonth())
                    || d.getYear() != p.period().getYear()
                    || set.restDays().contains(d.getDayOfWeek())) {
                out.add(who + ": not a working day of " + p.period());
            }
            int loaded = loadedPerHomeDay.merge(t.home() + "|" + d, 1, Integer::sum);
            if (loaded > p.supplyTrucksPerDay().getOrDefault(t.home(), 0)) {
                out.add(who + ": " + t.home() + " loads more trucks that day than its "
                        + p.supplyTrucksPerDay().getOrDefault(t.home(), 0));
            }
            List<String> nodes = r.pathNodes();
            if (nodes.isEmpty()
                    || !nodes.get(0).equals(t.home())
                    || !nodes.get(nodes.size() - 1).equals(t.home())) {
                out.add(who + ": the route does not start and end at the truck's home " + t.home());
            }
            if (r.pathSegments().size() != nodes.size() - 1) {
                out.add(who + ": " + r.pathSegments().size() + " segments for " + nodes.size() + " nodes");
                continue;
            }
            // a trip of several days drives within working hours and rests overnight (Shifts); it must fit the
            // longest trip allowed, say its days right, and keep its truck from every other trip until it is back
            boolean multiDay = r.days() > 1;
            if (r.days() > set.maxTripDays()) {
                out.add(who + ": a trip of " + r.days() + " days, longer than the " + set.maxTripDays() + " allowed");
            }
            if (multiDay) {
                for (TruckRoute other : plan.routes()) {
                    if (other != r
                            && other.truck().equals(r.truck())
                            && !other.date().isBefore(r.date())
                            && other.date().isBefore(r.date().plusDays(r.days()))) {
                        out.add(who + ": the truck leaves again on " + other.date() + " before it is back from its "
                                + r.days() + "-day trip");
                    }
                }
            }
            double time = r.departMinute();
            double km = 0;
            int stop = 0;
            double tonnes = 0;
            for (int i = 0; i <= r.pathSegments().size(); i++) {
                while (stop < r.stops().size() && r.stops().get(stop).pathIndex() == i) {
                    Stop s = r.stops().get(stop++);
                    if (!s.site().equals(nodes.get(i))) {
                        out.add(who + ": stop at " + s.site() + " is not on the path where it claims (" + nodes.get(i)
                                + ")");
                    }
                    double arrival = multiDay
                            ? Shifts.open(time, set.siteOpenMinute(), set.siteCloseMinute())
                            : Math.max(time, set.siteOpenMinute());
                    if (Math.abs(arrival - s.arrivalMinute()) > MINUTE_TOLERANCE) {
                        out.add(String.format(
                                Locale.ROOT,
                                "%s: arrival at %s stated %.1f, recomputed %.1f",
                                who,
                                s.site(),
                                s.arrivalMinute(),
                                arrival));
                    }
                    double timeOfDay = arrival - Math.floor(arrival / Shifts.DAY) * Shifts.DAY;
                    if (timeOfDay > set.siteCloseMinute() + MINUTE_TOLERANCE) {
                        out.add(String.format(
                                Locale.ROOT,
                                "%s: arrives at %s at minute %.1f, after the site closes (%d)",
                                who,
                                s.site(),
                                arrival,
                                set.siteCloseMinute()));
                    }
                    for (Load l : s.loads()) {
                        tonnes += l.tonnes();
                        delivered.merge(l.workPackage() + "|" + s.site() + "|" + l.material(), l.tonnes(), Double::sum);
                    }
                    if (s.loads().isEmpty()) {
                        out.add(who + ": stop at " + s.site() + " delivers nothing");
                    }
                    time = arrival + set.unloadingMinutes() * s.loads().size();
                }
                if (i == r.pathSegments().size()) {
                    break;
                }
                String id = r.pathSegments().get(i);
                RoadSegment seg = segments.get(id);
                if (seg == null) {
                    out.add(who + ": unknown segment " + id);
                    continue;
                }
                boolean joins = (seg.from().equals(nodes.get(i)) && seg.to().equals(nodes.get(i + 1)))
                        || (seg.to().equals(nodes.get(i)) && seg.from().equals(nodes.get(i + 1)));
                if (!joins) {
                    out.add(who + ": segment " + id + " does not join " + nodes.get(i) + " and " + nodes.get(i + 1));
                }
                if (!roadOpen(seg, p)) {
                    out.add(who + ": uses " + id + ", which is "
                            + seg.state().name().toLowerCase(Locale.ROOT) + " and not reopened by " + p.period());
                }
                double drive = seg.lengthKm() / p.speeds().kmh(seg.roadClass()) * 60.0;
                time = multiDay ? Shifts.drive(time, drive, t.shiftStartMinute(), t.shiftEndMinute()) : time + drive;
                km += seg.lengthKm();
            }
            if (stop != r.stops().size()) {
                out.add(who + ": " + (r.stops().size() - stop) + " stops are not on the path");
            }
            if (tonnes > t.capacityTonnes() + TONNE_TOLERANCE) {
                out.add(String.format(
                        Locale.ROOT, "%s: carries %.2f t, more than its %.2f t", who, tonnes, t.capacityTonnes()));
            }
            if (multiDay) {
                if (Math.abs(time - r.returnMinute()) > MINUTE_TOLERANCE || Shifts.days(time) != r.days()) {
                    out.add(String.format(
                            Locale.ROOT,
                            "%s: back home at minute %.1f (day %d), stated %.1f over %d days",
                            who,
                            time,
                            Shifts.days(time),
                            r.returnMinute(),
                            r.days()));
                }
            } else if (time > t.shiftEndMinute() + MINUTE_TOLERANCE) {
                out.add(String.format(
                        Locale.ROOT,
                        "%s: back home at minute %.1f, after its working day ends (%d)",
                        who,
                        time,
                        t.shiftEndMinute()));
            }
            if (Math.abs(time - r.returnMinute()) > MINUTE_TOLERANCE) {
                out.add(String.format(
                        Locale.ROOT, "%s: return stated %.1f, recomputed %.1f", who, r.returnMinute(), time));
            }
            if (Math.abs(km - r.distanceKm()) > 1e-6) {
                out.add(String.format(
                        Locale.ROOT, "%s: distance stated %.3f km, recomputed %.3f km", who, r.distanceKm(), km));
            }
        }
        // conservation: delivered + unmet = demanded per work package, site and material
        Map<String, Double> balance = new HashMap<>();
        for (WorkActivity a : p.activities()) {
            for (MaterialRate m : p.materials().of(a.assetClass())) {
                balance.merge(
                        a.workPackage() + "|" + a.site() + "|" + m.material(),
                        a.unitsPerMonth() * m.tonnesPerUnit(),
                        Double::sum);
            }
        }
        delivered.forEach((k, v) -> balance.merge(k, -v, Double::sum));
        for (UnmetDelivery u : plan.unmet()) {
            balance.merge(u.workPackage() + "|" + u.site() + "|" + u.material(), -u.tonnes(), Double::sum);
        }
        balance.forEach((k, v) -> {
            if (Math.abs(v) > 1e-6 * Math.max(1, Math.abs(v))) {
                out.add(String.format(
                        Locale.ROOT,
                        "%s: delivered plus unmet differs from the demand by %.3f t",
                        k.replace('|', ' '),
                        v));
            }
        });
        return out;
    }

    private static boolean roadOpen(RoadSegment s, LogisticsProblem p) {
        if (s.state() == RoadSegment.State.OPEN) {
            return true;
        }
        return p.schedule()
                .reopens(s, p.network())
                .map(m -> !m.isAfter(p.period()))
                .orElse(false);
    }
}
