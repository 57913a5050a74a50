package dev.crossroads.core.rebuild;

import dev.crossroads.core.Checks;
import dev.crossroads.core.Provenance;
import java.util.OptionalDouble;

/** A first-level administrative region (a Syrian governorate) with its population. */
public record Region(
        String id,
        String name,
        String country,
        String capital,
        double lat,
        double lon,
        OptionalDouble areaKm2,
        long population,
        int populationYear,
        Provenance provenance) {
    public Region {
        Checks.regionId("id", id);
        Checks.notBlank("name", name);
        Checks.iso3("country", country);
        capital = Checks.text(capital);
        Checks.latitude("lat", lat);
        Checks.longitude("lon", lon);
        Checks.present("area_km2", areaKm2);
        areaKm2.ifPresent(v -> Checks.positive("area_km2", v));
        Checks.nonNegative("population", population);
        Checks.year("population_year", populationYear);
        Checks.present("provenance", provenance);
    }
}
