package dev.crossroads.core.model;

import dev.crossroads.core.Checks;
import dev.crossroads.core.Provenance;
import java.util.List;

/** A state: ISO 3166-1 alpha-3 code, names it goes by, capital and its coordinates, memberships. */
public record Country(
        String iso3,
        String name,
        String capital,
        List<String> demonyms,
        List<String> aliases,
        double lat,
        double lon,
        List<String> memberships,
        Provenance provenance) {
    public Country {
        Checks.iso3("iso3", iso3);
        Checks.notBlank("name", name);
        capital = Checks.text(capital);
        demonyms = Checks.list("demonyms", demonyms);
        aliases = Checks.list("aliases", aliases);
        Checks.latitude("lat", lat);
        Checks.longitude("lon", lon);
        memberships = Checks.list("memberships", memberships);
        Checks.present("provenance", provenance);
    }
}
