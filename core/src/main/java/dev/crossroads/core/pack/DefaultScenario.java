package dev.crossroads.core.pack;

import dev.crossroads.core.ModelException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The scenario a pack proposes when none is given ({@code crossroads brief} without {@code --scenario}, {@code GET
 * /api/brief}): {@code defaultScenario:} in {@code pack.yaml}. It names the pack's own pipelines, swaps or gas nodes
 * to cut, transit countries to close, and hostile dyads to find mediators for; the loader checks every id against
 * the pack. An empty year means the latest year the pack reports deliveries for, an empty date the pack's as-of.
 */
public record DefaultScenario(
        String name,
        Optional<Integer> year,
        List<String> cut,
        List<String> transit,
        List<Dyad> dyads,
        Optional<LocalDate> at) {
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

    public DefaultScenario {
        if (name == null || name.isBlank()) {
            throw new ModelException("name", "defaultScenario.name is required: a short title such as 'Pipeline cut'");
        }
        name = name.strip();
        year = year == null ? Optional.empty() : year;
        at = at == null ? Optional.empty() : at;
        cut = List.copyOf(cut);
        transit = List.copyOf(transit);
        dyads = List.copyOf(dyads);
        year.ifPresent(y -> {
            if (y < 1990 || y > 2100) {
                throw new ModelException("year", "defaultScenario.year must be between 1990 and 2100, got " + y);
            }
        });
        for (String t : transit) {
            if (!ISO3.matcher(t).matches()) {
                throw new ModelException(
                        "transit", "defaultScenario.transit takes ISO3 codes such as GEO, got '" + t + "'");
            }
        }
    }

    /** Two states whose mediators the scenario looks for, as ISO3 codes. */
    public record Dyad(String a, String b) {
        public Dyad {
            if (a == null
                    || b == null
                    || !ISO3.matcher(a).matches()
                    || !ISO3.matcher(b).matches()
                    || a.equals(b)) {
                throw new ModelException(
                        "dyads",
                        "defaultScenario.dyads holds pairs of two different ISO3 codes such as [SYR, ISR], got [" + a
                                + ", " + b + "]");
            }
        }
    }
}
