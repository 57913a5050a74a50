package dev.crossroads.core.roads;

import dev.crossroads.core.Checks;
import dev.crossroads.core.Provenance;
import java.util.Optional;
import java.util.OptionalDouble;

/** A place on the road network: city, port, border crossing, depot or junction. */
public record RoadNode(
        String id,
        String name,
        Kind kind,
        Optional<String> region,
        String country,
        double lat,
        double lon,
        OptionalDouble capacityTrucksPerDay,
        Provenance provenance) {
    public RoadNode {
        Checks.id("id", id);
        Checks.notBlank("name", name);
        Checks.present("kind", kind);
        Checks.present("region", region);
        Checks.iso3("country", country);
        Checks.latitude("lat", lat);
        Checks.longitude("lon", lon);
        Checks.present("capacity_trucks_per_day", capacityTrucksPerDay);
        capacityTrucksPerDay.ifPresent(v -> Checks.nonNegative("capacity_trucks_per_day", v));
        Checks.present("provenance", provenance);
    }

    public enum Kind {
        CITY,
        PORT,
        BORDER,
        DEPOT,
        JUNCTION
    }
}
