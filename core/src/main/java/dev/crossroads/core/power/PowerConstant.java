package dev.crossroads.core.power;

import dev.crossroads.core.Checks;
import dev.crossroads.core.ModelException;
import dev.crossroads.core.Provenance;
import java.util.Arrays;
import java.util.Optional;

/** A physical constant the conversion from gas to electricity uses, with its source. */
public record PowerConstant(String id, double value, String unit, Provenance provenance) {
    public PowerConstant {
        Checks.id("id", id);
        Known k = Known.of(id)
                .orElseThrow(() -> new ModelException(
                        "id",
                        "unknown constant '" + id + "': the known constants are "
                                + String.join(
                                        ", ",
                                        Arrays.stream(Known.values())
                                                .map(Known::id)
                                                .toList())));
        Checks.finite("value", value);
        if (value < k.low || value > k.high) {
            throw new ModelException(
                    "value", id + " must be between " + k.low + " and " + k.high + " " + k.unit + ", got " + value);
        }
        Checks.notBlank("unit", unit);
        if (!unit.equals(k.unit)) {
            throw new ModelException("unit", id + " is in " + k.unit + ", not '" + unit + "'");
        }
        Checks.present("provenance", provenance);
    }

    /** The constants a pack may state, with their unit and the plausible range a value must lie in. */
    public enum Known {
        /** Heat released by burning one cubic metre of the network's gas (pipeline gas: about 33-40 MJ/m3). */
        GAS_CALORIFIC_VALUE("gas_calorific_value_mj_per_m3", "MJ/m3", 20, 60);

        private final String id;
        private final String unit;
        private final double low;
        private final double high;

        Known(String id, String unit, double low, double high) {
            this.id = id;
            this.unit = unit;
            this.low = low;
            this.high = high;
        }

        public String id() {
            return id;
        }

        public String unit() {
            return unit;
        }

        static Optional<Known> of(String id) {
            return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
        }
    }
}
