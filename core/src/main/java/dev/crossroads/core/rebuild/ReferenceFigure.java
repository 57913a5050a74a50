package dev.crossroads.core.rebuild;

import dev.crossroads.core.Checks;
import dev.crossroads.core.ModelException;
import dev.crossroads.core.Provenance;
import java.util.OptionalDouble;

/** A published total to compare the pack's own estimate with (the World Bank's $216 bn for Syria). */
public record ReferenceFigure(
        String id,
        String name,
        String country,
        int year,
        OptionalDouble lowUsd,
        double centralUsd,
        OptionalDouble highUsd,
        Provenance provenance) {
    public ReferenceFigure {
        Checks.id("id", id);
        Checks.notBlank("name", name);
        Checks.iso3("country", country);
        Checks.year("year", year);
        Checks.present("low_usd", lowUsd);
        Checks.present("high_usd", highUsd);
        Checks.nonNegative("central_usd", centralUsd);
        if (lowUsd.isPresent() && lowUsd.getAsDouble() > centralUsd) {
            throw new ModelException("low_usd", "low_usd exceeds central_usd");
        }
        if (highUsd.isPresent() && highUsd.getAsDouble() < centralUsd) {
            throw new ModelException("high_usd", "high_usd is below central_usd");
        }
        Checks.present("provenance", provenance);
    }
}
