package dev.crossroads.core.pack;

import dev.crossroads.core.Provenance;
import dev.crossroads.core.power.PowerConstant;
import dev.crossroads.core.power.PowerDemand;
import dev.crossroads.core.power.PowerInputs;
import dev.crossroads.core.power.PowerPlant;
import java.util.List;

/** The pack's power tables ({@code power/*.csv}) mapped to {@link PowerInputs}; a heat rate becomes an efficiency. */
final class PowerRows {
    /** kJ in one kWh: a heat rate in kJ/kWh is 3600 / efficiency. */
    static final double KJ_PER_KWH = 3600;

    private PowerRows() {}

    static PowerInputs read(LoadContext ctx) {
        List<PowerPlant> plants = ctx.read("power/plants.csv", r -> {
            String id = r.text("id");
            String name = r.text("name");
            String region = r.text("region");
            PowerPlant.PlantType type = r.choice("type", PowerPlant.PlantType.class);
            double installed = r.number("installed_mw");
            double available = r.number("available_mw");
            PowerPlant.Fuel fuel = r.choice("fuel", PowerPlant.Fuel.class);
            var efficiency = r.optNumber("efficiency");
            var heatRate = r.optNumber("heat_rate_kj_per_kwh");
            PowerPlant.Status status = r.choice("status", PowerPlant.Status.class);
            Provenance p = r.provenance();
            if (heatRate.isPresent()) {
                double hr = heatRate.getAsDouble();
                if (hr < KJ_PER_KWH) {
                    r.error(
                            "heat_rate_kj_per_kwh",
                            "heat_rate_kj_per_kwh " + hr
                                    + " is below 3600 kJ/kWh, which would make more electricity than heat: "
                                    + "give kJ of fuel per kWh of electricity (a CCGT is about 6,500-7,500)");
                } else if (efficiency.isPresent() && Math.abs(efficiency.getAsDouble() - KJ_PER_KWH / hr) > 0.01) {
                    r.error(
                            "heat_rate_kj_per_kwh",
                            String.format(
                                    java.util.Locale.ROOT,
                                    "heat_rate_kj_per_kwh %.0f means an efficiency of %.3f, but efficiency says %.3f: give one of them, or make them agree",
                                    hr,
                                    KJ_PER_KWH / hr,
                                    efficiency.getAsDouble()));
                } else if (efficiency.isEmpty()) {
                    efficiency = java.util.OptionalDouble.of(KJ_PER_KWH / hr);
                }
            }
            var eff = efficiency;
            return r.build(() -> new PowerPlant(
                    id, name, region, type, installed, available, fuel, eff, r.optional("gas_node"), status, p));
        });
        List<PowerDemand> demand = ctx.read("power/demand.csv", r -> {
            String region = r.text("region");
            int year = r.integer("year");
            double mw = r.number("demand_mw");
            Provenance p = r.provenance();
            return r.build(() -> new PowerDemand(region, year, mw, p));
        });
        List<PowerConstant> constants = ctx.read("power/constants.csv", r -> {
            String id = r.text("id");
            double value = r.number("value");
            String unit = r.text("unit");
            Provenance p = r.provenance();
            return r.build(() -> new PowerConstant(id, value, unit, p));
        });
        return new PowerInputs(plants, demand, constants);
    }
}
