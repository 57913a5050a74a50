package dev.crossroads.rebuild.vrp;

import java.util.List;

/**
 * A vehicle routing problem over a matrix of locations: capacitated, with optional time windows, several
 * depots (each vehicle has its own start and end location) and an optional unlimited fleet (each vehicle is
 * then a type that may be used any number of times). The objective is the total distance; jobs may be left
 * out only when {@code allowUnassigned} is set, each at {@code unassignedPenalty} (in distance units).
 *
 * @param distance      distance between locations, {@code distance[from][to]}; {@link #UNREACHABLE} where no road
 * @param travelTime    travel time between locations in the time unit of the windows
 * @param distanceScale the solvers work on integers: {@code round(distance * distanceScale)}
 */
public record VrpProblem(
        String name,
        double[][] distance,
        double[][] travelTime,
        List<VrpVehicle> vehicles,
        List<VrpJob> jobs,
        boolean unlimitedFleet,
        boolean allowUnassigned,
        double unassignedPenalty,
        double distanceScale) {
    /** Distance (and time) where two locations are not connected. */
    public static final double UNREACHABLE = 1e9;

    public VrpProblem {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a VRP needs a name");
        }
        int n = distance.length;
        if (travelTime.length != n) {
            throw new IllegalArgumentException(name + ": distance and time matrices differ in size");
        }
        for (int i = 0; i < n; i++) {
            if (distance[i].length != n || travelTime[i].length != n) {
                throw new IllegalArgumentException(name + ": matrix row " + i + " is not " + n + " long");
            }
        }
        vehicles = List.copyOf(vehicles);
        jobs = List.copyOf(jobs);
        if (vehicles.isEmpty()) {
            throw new IllegalArgumentException(name + ": no vehicles");
        }
        for (VrpVehicle v : vehicles) {
            if (v.start() >= n || v.end() >= n) {
                throw new IllegalArgumentException(name + ": vehicle " + v.id() + " starts or ends outside the matrix");
            }
        }
        for (VrpJob j : jobs) {
            if (j.location() >= n) {
                throw new IllegalArgumentException(name + ": job " + j.id() + " lies outside the matrix");
            }
        }
        if (!(distanceScale > 0)) {
            throw new IllegalArgumentException(name + ": distanceScale must be positive");
        }
        if (unassignedPenalty < 0) {
            throw new IllegalArgumentException(name + ": unassignedPenalty must not be negative");
        }
    }

    public int locations() {
        return distance.length;
    }

    /** True when some job or vehicle has a finite time window (CVRP instances have none). */
    public boolean timed() {
        return jobs.stream().anyMatch(j -> j.dueTime() < VrpJob.OPEN || j.readyTime() > 0 || j.serviceTime() > 0)
                || vehicles.stream().anyMatch(v -> v.latestEnd() < VrpJob.OPEN);
    }

    /** The largest finite time of the problem: the time dimension's horizon. */
    public double horizon() {
        double h = 0;
        for (VrpVehicle v : vehicles) {
            h = Math.max(h, v.latestEnd() < VrpJob.OPEN ? v.latestEnd() : 0);
        }
        for (VrpJob j : jobs) {
            h = Math.max(h, j.dueTime() < VrpJob.OPEN ? j.dueTime() + j.serviceTime() : 0);
        }
        return h;
    }
}
