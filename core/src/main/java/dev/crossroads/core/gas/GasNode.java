package dev.crossroads.core.gas;

import dev.crossroads.core.Checks;
import dev.crossroads.core.Provenance;
import java.util.OptionalDouble;

/** A point of the gas network: field outlet, terminal, hub, border point, offtake, market or compressor. */
public record GasNode(
        String id,
        String name,
        String country,
        NodeKind kind,
        OptionalDouble lat,
        OptionalDouble lon,
        Provenance provenance) {
    public GasNode {
        Checks.id("id", id);
        Checks.notBlank("name", name);
        Checks.iso3("country", country);
        Checks.present("kind", kind);
        Checks.present("lat", lat);
        Checks.present("lon", lon);
        lat.ifPresent(v -> Checks.latitude("lat", v));
        lon.ifPresent(v -> Checks.longitude("lon", v));
        Checks.present("provenance", provenance);
    }

    public enum NodeKind {
        FIELD,
        TERMINAL,
        HUB,
        BORDER,
        OFFTAKE,
        MARKET,
        COMPRESSOR
    }
}
