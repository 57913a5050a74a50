package dev.crossroads.core.gas;

import dev.crossroads.core.Checks;
import dev.crossroads.core.ModelException;
import dev.crossroads.core.Provenance;
import java.util.OptionalInt;

/** A supply contract with a market: minimum (take-or-pay) and maximum yearly volume over its years. */
public record Contract(
        String id,
        String market,
        double minBcmPerYear,
        double maxBcmPerYear,
        int startYear,
        OptionalInt endYear,
        Provenance provenance) {
    public Contract {
        Checks.id("id", id);
        Checks.id("market", market);
        Checks.nonNegative("min_bcm_per_year", minBcmPerYear);
        Checks.nonNegative("max_bcm_per_year", maxBcmPerYear);
        if (minBcmPerYear > maxBcmPerYear) {
            throw new ModelException(
                    "min_bcm_per_year",
                    "min_bcm_per_year (" + minBcmPerYear + ") exceeds max_bcm_per_year (" + maxBcmPerYear + ")");
        }
        Checks.year("start_year", startYear);
        Checks.present("end_year", endYear);
        if (endYear.isPresent() && endYear.getAsInt() < startYear) {
            throw new ModelException(
                    "end_year", "end_year " + endYear.getAsInt() + " is before start_year " + startYear);
        }
        Checks.present("provenance", provenance);
    }

    public boolean activeIn(int year) {
        return year >= startYear && (endYear.isEmpty() || year <= endYear.getAsInt());
    }
}
