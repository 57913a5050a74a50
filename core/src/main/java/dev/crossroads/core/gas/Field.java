package dev.crossroads.core.gas;

import dev.crossroads.core.Checks;
import dev.crossroads.core.Provenance;

/** A producing field (or a producer's aggregate) feeding the network at {@code node}. */
public record Field(String id, String name, String country, String node, Provenance provenance) {
    public Field {
        Checks.id("id", id);
        Checks.notBlank("name", name);
        Checks.iso3("country", country);
        Checks.id("node", node);
        Checks.present("provenance", provenance);
    }
}
