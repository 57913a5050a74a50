package dev.crossroads.rebuild.logistics;

/**
 * A truck: its home depot (a port, border crossing or depot node where it loads every morning), payload in
 * tonnes and daily working hours in minutes after midnight.
 */
public record Truck(String id, String home, double capacityTonnes, int shiftStartMinute, int shiftEndMinute) {
    public Truck {
        if (id == null || id.isBlank() || home == null || home.isBlank()) {
            throw new IllegalArgumentException("a truck needs an id and a home depot");
        }
        if (!(capacityTonnes > 0)) {
            throw new IllegalArgumentException("truck " + id + ": capacity_tonnes must be positive");
        }
        if (shiftStartMinute < 0 || shiftEndMinute > 24 * 60 || shiftEndMinute <= shiftStartMinute) {
            throw new IllegalArgumentException(
                    "truck " + id + ": working hours must lie within one day and end after they start");
        }
    }
}
