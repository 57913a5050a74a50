package dev.crossroads.core.rebuild;

import dev.crossroads.core.Checks;
import dev.crossroads.core.ModelException;
import dev.crossroads.core.Provenance;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A class of assets that is damaged and rebuilt (housing units, schools, MW of generation, km of road), with
 * its RDNA sector and group, the crew type that rebuilds it and how much one crew does in a month.
 */
public record AssetClass(String id, String name, Sector sector, Group group, String unit, String crewType,
                         OptionalDouble unitsPerCrewMonth, double serviceWeight, Provenance provenance) {
    public AssetClass {
        Checks.id("id", id);
        Checks.notBlank("name", name);
        Checks.present("sector", sector);
        Checks.present("group", group);
        Checks.notBlank("unit", unit);
        Checks.id("crew_type", crewType);
        Checks.present("units_per_crew_month", unitsPerCrewMonth);
        unitsPerCrewMonth.ifPresent(v -> Checks.positive("units_per_crew_month", v));
        Checks.finite("service_weight", serviceWeight);
        if (serviceWeight <= 0 || serviceWeight > 10) {
            throw new ModelException("service_weight", "service_weight must be in (0, 10], got " + serviceWeight);
        }
        Checks.present("provenance", provenance);
    }

    /** RDNA sectors (plus clearance, which precedes building). */
    public enum Sector {
        HOUSING, EDUCATION, HEALTH, ENERGY, WATER, TRANSPORT, PRODUCTIVE, CLEARANCE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** RDNA sector groups. */
    public enum Group {
        SOCIAL, INFRASTRUCTURE, PRODUCTIVE, CROSS_CUTTING;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
