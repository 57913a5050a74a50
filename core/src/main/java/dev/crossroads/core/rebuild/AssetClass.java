package dev.crossroads.core.rebuild;

import dev.crossroads.core.Checks;
import dev.crossroads.core.ModelException;
import dev.crossroads.core.Provenance;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A class of assets that is damaged and rebuilt (housing units, schools, MW of generation, km of road), with
 * its RDNA sector and group, the crew type that rebuilds it and how much one crew does in a month.
 *
 * @param powerDependent     the rebuilt asset serves people only while the grid supplies it (hospitals, pumps):
 *                           the programme counts its service in proportion to the share of its region's electricity
 *                           demand that is served
 * @param gasFiredGeneration the class is gas-fired generating capacity: the programme counts its service in
 *                           proportion to the share of that capacity that has fuel
 */
public record AssetClass(
        String id,
        String name,
        Sector sector,
        Group group,
        String unit,
        String crewType,
        OptionalDouble unitsPerCrewMonth,
        double serviceWeight,
        boolean powerDependent,
        boolean gasFiredGeneration,
        Provenance provenance) {
    /** A class that depends on neither the grid nor gas (packs without the power columns). */
    public AssetClass(
            String id,
            String name,
            Sector sector,
            Group group,
            String unit,
            String crewType,
            OptionalDouble unitsPerCrewMonth,
            double serviceWeight,
            Provenance provenance) {
        this(id, name, sector, group, unit, crewType, unitsPerCrewMonth, serviceWeight, false, false, provenance);
    }

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
        if (powerDependent && gasFiredGeneration) {
            throw new ModelException(
                    "gas_fired_generation",
                    "a class is either served by the grid (power_dependent) or feeds it "
                            + "(gas_fired_generation), not both: set one of them to false");
        }
        Checks.present("provenance", provenance);
    }

    /** RDNA sectors (plus clearance, which precedes building). */
    public enum Sector {
        HOUSING,
        EDUCATION,
        HEALTH,
        ENERGY,
        WATER,
        TRANSPORT,
        PRODUCTIVE,
        CLEARANCE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** RDNA sector groups. */
    public enum Group {
        SOCIAL,
        INFRASTRUCTURE,
        PRODUCTIVE,
        CROSS_CUTTING;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
