package dev.crossroads.core.power;

import dev.crossroads.core.Checks;
import dev.crossroads.core.ModelException;
import dev.crossroads.core.Provenance;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A power station in a region (a governorate id of {@code rebuild/regions.csv}). {@code installedMw} is the
 * nameplate capacity, {@code availableMw} what can run today if it has fuel (repaired units only). A plant
 * burning {@link Fuel#GAS} is fed from {@code gasNode}, a node of the pack's gas network; its
 * {@code efficiency} (electric output over the gas's heat) turns the gas reaching it into MW.
 *
 * @param efficiency share of the fuel's heat that becomes electricity, in (0, 1]; required for gas plants
 *                   (given directly or as a heat rate in the pack)
 */
public record PowerPlant(
        String id,
        String name,
        String region,
        PlantType type,
        double installedMw,
        double availableMw,
        Fuel fuel,
        OptionalDouble efficiency,
        Optional<String> gasNode,
        Status status,
        Provenance provenance) {
    public PowerPlant {
        Checks.id("id", id);
        Checks.notBlank("name", name);
        Checks.regionId("region", region);
        Checks.present("type", type);
        Checks.nonNegative("installed_mw", installedMw);
        Checks.nonNegative("available_mw", availableMw);
        if (availableMw > installedMw) {
            throw new ModelException(
                    "available_mw",
                    "available_mw (" + availableMw + ") exceeds installed_mw (" + installedMw
                            + "): a plant cannot run more than it has installed");
        }
        Checks.present("fuel", fuel);
        Checks.present("efficiency", efficiency);
        efficiency.ifPresent(e -> {
            Checks.finite("efficiency", e);
            if (e <= 0 || e > 1) {
                throw new ModelException(
                        "efficiency",
                        "efficiency is the share of the fuel's heat turned into electricity, in (0, 1], got " + e);
            }
        });
        Checks.present("gas_node", gasNode);
        gasNode.ifPresent(n -> Checks.id("gas_node", n));
        if (fuel == Fuel.GAS && gasNode.isEmpty()) {
            throw new ModelException(
                    "gas_node",
                    "plant " + id
                            + " burns gas from the network: gas_node must name the gas/nodes.csv node that feeds it"
                            + " (use fuel local_gas for gas from outside the pack's network)");
        }
        if (fuel != Fuel.GAS && gasNode.isPresent()) {
            throw new ModelException(
                    "gas_node",
                    "plant " + id + " has fuel " + fuel.code() + ": gas_node is only for fuel gas; leave it empty");
        }
        if (fuel == Fuel.GAS && efficiency.isEmpty()) {
            throw new ModelException(
                    "efficiency",
                    "plant " + id + " burns gas: give its efficiency (or heat_rate_kj_per_kwh) to turn gas into MW");
        }
        Checks.present("status", status);
        if ((status == Status.PLANNED || status == Status.DECOMMISSIONED) && availableMw > 0) {
            throw new ModelException(
                    "available_mw",
                    "plant " + id + " is " + status.code() + ": it has no available MW; set available_mw to 0");
        }
        Checks.present("provenance", provenance);
    }

    /**
     * This plant with another available capacity and status (a scenario's repair or commissioning). The MW it
     * then sustains still depends on the gas reaching its node.
     */
    public PowerPlant withAvailableMw(double mw, Status newStatus) {
        return new PowerPlant(
                id,
                name,
                region,
                type,
                Math.max(installedMw, mw),
                mw,
                fuel,
                efficiency,
                gasNode,
                newStatus,
                provenance);
    }

    /** What kind of station. */
    public enum PlantType {
        STEAM,
        CCGT,
        GAS_TURBINE,
        HYDRO,
        SOLAR,
        WIND,
        DIESEL,
        OTHER;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * What it burns. {@code GAS} comes through the pack's gas network (its node's deliveries); {@code LOCAL_GAS}
     * is gas from outside that network (the country's own fields, associated gas), counted at available MW like
     * the other non-network fuels.
     */
    public enum Fuel {
        GAS,
        LOCAL_GAS,
        FUEL_OIL,
        DIESEL,
        WATER,
        SUN,
        WIND,
        OTHER;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The plant's state. Planned and decommissioned plants have no available MW. */
    public enum Status {
        OPERATING,
        PARTIAL,
        UNDER_REPAIR,
        DAMAGED,
        PLANNED,
        DECOMMISSIONED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
