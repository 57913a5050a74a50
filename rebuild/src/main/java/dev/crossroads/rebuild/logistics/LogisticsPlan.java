package dev.crossroads.rebuild.logistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The month's logistics plan: each truck's route per working day (stops, loads, roads driven, times), the
 * deliveries that cannot be made and why, and the totals.
 */
public record LogisticsPlan(
        YearMonth period,
        String schedule,
        String fleet,
        String solver,
        int workingDays,
        List<TruckRoute> routes,
        List<UnmetDelivery> unmet,
        Map<String, Double> tonnesDemandedByMaterial,
        Map<String, Double> tonnesDeliveredByMaterial,
        double tonnesDemanded,
        double tonnesDelivered,
        double distanceKm,
        List<ClosedSegment> closedSegments,
        List<String> assumptions,
        long solveMillis) {
    public LogisticsPlan {
        routes = List.copyOf(routes);
        unmet = List.copyOf(unmet);
        tonnesDemandedByMaterial = Map.copyOf(tonnesDemandedByMaterial);
        tonnesDeliveredByMaterial = Map.copyOf(tonnesDeliveredByMaterial);
        closedSegments = List.copyOf(closedSegments);
        assumptions = List.copyOf(assumptions);
    }

    /** One load (at most a truckload) of one material for one work package, unloaded at a stop. */
    public record Load(String workPackage, String material, double tonnes) {}

    /**
     * A stop at a site: where it lies on the route's node path ({@code pathIndex}), arrival and departure in
     * minutes after midnight.
     */
    public record Stop(
            String site,
            String siteName,
            int pathIndex,
            double arrivalMinute,
            double departureMinute,
            List<Load> loads) {
        public Stop {
            loads = List.copyOf(loads);
        }

        public double tonnes() {
            return loads.stream().mapToDouble(Load::tonnes).sum();
        }
    }

    /**
     * One trip of a truck: loads at home (finishing at {@code departMinute}), drives the path, serves the stops
     * and returns home; {@code trip} counts the truck's trips that day from 1.
     */
    public record TruckRoute(
            String truck,
            LocalDate date,
            int trip,
            String home,
            double capacityTonnes,
            double departMinute,
            double returnMinute,
            List<Stop> stops,
            List<String> pathNodes,
            List<String> pathSegments,
            List<String> roads,
            double distanceKm,
            int days) {
        /** A trip within one working day. */
        public TruckRoute(
                String truck,
                LocalDate date,
                int trip,
                String home,
                double capacityTonnes,
                double departMinute,
                double returnMinute,
                List<Stop> stops,
                List<String> pathNodes,
                List<String> pathSegments,
                List<String> roads,
                double distanceKm) {
            this(
                    truck,
                    date,
                    trip,
                    home,
                    capacityTonnes,
                    departMinute,
                    returnMinute,
                    stops,
                    pathNodes,
                    pathSegments,
                    roads,
                    distanceKm,
                    1);
        }

        public TruckRoute {
            if (days < 1) {
                throw new IllegalArgumentException("a trip lasts at least one day, got " + days);
            }
            stops = List.copyOf(stops);
            pathNodes = List.copyOf(pathNodes);
            pathSegments = List.copyOf(pathSegments);
            roads = List.copyOf(roads);
        }

        public double tonnes() {
            return stops.stream().mapToDouble(Stop::tonnes).sum();
        }
    }

    /** Why a delivery cannot be made. */
    public enum Reason {
        NO_OPEN_ROAD,
        NO_TIME,
        NO_CAPACITY
    }

    public record UnmetDelivery(
            String workPackage,
            String site,
            String region,
            String material,
            double tonnes,
            Reason reason,
            String detail) {}

    /**
     * A segment closed in the period, with the month it reopens ({@code not scheduled}: never in this plan) and
     * the programme's work package that repairs it (empty when the schedule does not come from a programme).
     */
    public record ClosedSegment(
            String id, String road, String from, String to, String state, String reopens, String repairedBy) {}
}
