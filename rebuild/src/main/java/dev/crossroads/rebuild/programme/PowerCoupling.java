package dev.crossroads.rebuild.programme;

import java.util.Locale;

/** How a package's service depends on power (from its asset class's pack columns). */
public enum PowerCoupling {
    /** Serves whatever the power situation. */
    NONE,
    /** Serves in proportion to the share of its region's electricity demand served ({@code power_dependent}). */
    GRID,
    /** Gas-fired generation: serves in proportion to the share of its capacity that has fuel ({@code gas_fired_generation}). */
    GAS_FUEL;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
