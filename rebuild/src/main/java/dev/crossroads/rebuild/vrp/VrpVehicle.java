package dev.crossroads.rebuild.vrp;

/** A vehicle: where it starts and ends, how much it carries, when it may leave and must be back. */
public record VrpVehicle(String id, int start, int end, int capacity, double earliestStart, double latestEnd) {
    public VrpVehicle {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a vehicle needs an id");
        }
        if (start < 0 || end < 0) {
            throw new IllegalArgumentException("vehicle " + id + ": negative location");
        }
        if (capacity <= 0) {
            throw new IllegalArgumentException("vehicle " + id + ": capacity must be positive, got " + capacity);
        }
        if (earliestStart < 0 || latestEnd < earliestStart) {
            throw new IllegalArgumentException(
                    "vehicle " + id + ": window [" + earliestStart + ", " + latestEnd + "] is empty");
        }
    }

    public static VrpVehicle untimed(String id, int depot, int capacity) {
        return new VrpVehicle(id, depot, depot, capacity, 0, VrpJob.OPEN);
    }
}
