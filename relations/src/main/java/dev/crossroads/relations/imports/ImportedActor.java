package dev.crossroads.relations.imports;

import java.util.Objects;
import java.util.Optional;

/**
 * One actor of an imported event as the dataset codes it: its name (or code), its state as ISO 3166-1 alpha-3
 * when the dataset gives one, and its role (GDELT's actor type such as {@code GOV}, ICEWS's or POLECAT's
 * sector, ACLED's actor type) when given.
 */
public record ImportedActor(String name, Optional<String> country, Optional<String> role) {
    public ImportedActor {
        name = Objects.requireNonNull(name, "name").strip();
        country = Objects.requireNonNull(country, "country").map(String::strip).filter(s -> !s.isEmpty());
        role = Objects.requireNonNull(role, "role").map(String::strip).filter(s -> !s.isEmpty());
        if (country.isPresent() && !country.get().matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("'" + country.get() + "' is not a three-letter country code");
        }
    }

    /** An actor with a name only. */
    public static ImportedActor named(String name) {
        return new ImportedActor(name, Optional.empty(), Optional.empty());
    }

    /** Whether the dataset places the actor in a state. */
    public boolean hasCountry() {
        return country.isPresent();
    }
}
