package dev.crossroads.relations.imports;

import dev.crossroads.relations.extract.Cameo;
import dev.crossroads.relations.extract.CameoCode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * PLOVER type and mode to CAMEO, the other way round through the module's CAMEO table: the first code listed with
 * that type and mode, else the type's general code (the first listed with that type and no mode, e.g. 040 for
 * CONSULT). PLOVER's later names REQUEST and ACCUSE are the table's DEMAND and DISAPPROVE.
 */
final class PloverCodes {
    private static final Map<String, String> ALIASES = Map.of("REQUEST", "DEMAND", "ACCUSE", "DISAPPROVE");
    private static final Map<String, CameoCode> BY_TYPE_AND_MODE = new HashMap<>();
    private static final Map<String, CameoCode> BY_TYPE = new HashMap<>();

    static {
        for (CameoCode c : Cameo.standard().codes().values()) {
            if (c.plover().isEmpty()) {
                continue;
            }
            String type = c.plover().get();
            if (c.ploverMode().isPresent()) {
                BY_TYPE_AND_MODE.putIfAbsent(type + "|" + c.ploverMode().get(), c);
            } else {
                CameoCode had = BY_TYPE.get(type);
                if (had == null || (had.code().length() == 2 && c.code().length() == 3)) {
                    BY_TYPE.put(type, c); // the general code: 040 rather than 04
                }
            }
        }
    }

    private PloverCodes() {}

    /** The table's name for a PLOVER type as a dataset writes it (any case; REQUEST is DEMAND). */
    static String type(String type) {
        String t = type.strip().toUpperCase(Locale.ROOT);
        return ALIASES.getOrDefault(t, t);
    }

    /** The CAMEO code of a PLOVER type and mode, or empty when the type is not PLOVER's. */
    static Optional<CameoCode> cameo(String type, Optional<String> mode) {
        String t = type(type);
        if (mode.isPresent()) {
            CameoCode c = BY_TYPE_AND_MODE.get(t + "|" + mode.get().strip().toLowerCase(Locale.ROOT));
            if (c != null) {
                return Optional.of(c);
            }
        }
        return Optional.ofNullable(BY_TYPE.get(t));
    }
}
