package dev.crossroads.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A scenario for the Brief: a name, the gas year, the disruption (arcs, pipelines, swaps or nodes cut, and/or
 * transit countries closed), the hostile dyads to find mediators for, and the date of the relations picture.
 * An empty year means the latest year the pack reports deliveries for; an empty date means the pack's as-of date.
 */
public record ScenarioSpec(
        String name,
        Optional<Integer> year,
        List<String> cut,
        List<String> transit,
        List<Dyad> dyads,
        Optional<LocalDate> at,
        ScenarioChanges changes) {
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

    public ScenarioSpec {
        if (name == null || name.isBlank()) {
            throw new ScenarioException("a scenario needs a name");
        }
        name = name.strip();
        year = year == null ? Optional.empty() : year;
        at = at == null ? Optional.empty() : at;
        cut = cut == null ? List.of() : List.copyOf(cut);
        transit = transit == null ? List.of() : List.copyOf(transit);
        dyads = dyads == null ? List.of() : List.copyOf(dyads);
        changes = changes == null ? ScenarioChanges.NONE : changes;
        year.ifPresent(y -> {
            if (y < 1990 || y > 2100) {
                throw new ScenarioException("the scenario's year must be between 1990 and 2100, got " + y);
            }
        });
        for (String c : cut) {
            if (c == null || c.isBlank()) {
                throw new ScenarioException(
                        "a cut id is empty: give arc, pipeline, swap or node ids such as kilis-aleppo");
            }
        }
        for (String t : transit) {
            if (t == null || !ISO3.matcher(t).matches()) {
                throw new ScenarioException("a transit country is an ISO3 code such as GEO, got '" + t + "'");
            }
        }
    }

    /** A scenario that changes nothing beyond its cuts and closed transit countries. */
    public ScenarioSpec(
            String name,
            Optional<Integer> year,
            List<String> cut,
            List<String> transit,
            List<Dyad> dyads,
            Optional<LocalDate> at) {
        this(name, year, cut, transit, dyads, at, ScenarioChanges.NONE);
    }

    /** The same scenario with other changes. */
    public ScenarioSpec withChanges(ScenarioChanges c) {
        return new ScenarioSpec(name, year, cut, transit, dyads, at, c);
    }

    /** The base case of this scenario: the same year, dyads and date, nothing cut or changed. */
    public ScenarioSpec baseCase() {
        return new ScenarioSpec("Base case", year, List.of(), List.of(), dyads, at, ScenarioChanges.NONE);
    }

    /** Two states in a hostile relation, as ISO3 codes. */
    public record Dyad(String a, String b) {
        public Dyad {
            if (a == null
                    || b == null
                    || !ISO3.matcher(a).matches()
                    || !ISO3.matcher(b).matches()) {
                throw new ScenarioException(
                        "a dyad is two ISO3 codes such as [\"SYR\",\"ISR\"], got [" + a + ", " + b + "]");
            }
            if (a.equals(b)) {
                throw new ScenarioException("a dyad needs two different states, got " + a + " twice");
            }
        }
    }

    /** True when the scenario disrupts the gas network. */
    public boolean disrupts() {
        return !cut.isEmpty() || !transit.isEmpty();
    }

    /** True when the scenario changes anything against its base case. */
    public boolean changesAnything() {
        return disrupts() || !changes.equals(ScenarioChanges.NONE);
    }

    /**
     * The default pack's demonstration: the Kilis–Aleppo pipeline cut, the Syria–Israel dyad, at the pack's date. It
     * names the default pack's arcs: for "the scenario of this pack" use {@link PackScenarios#defaultFor}.
     */
    public static ScenarioSpec demonstration() {
        return new ScenarioSpec(
                "Kilis–Aleppo cut",
                Optional.empty(),
                List.of("kilis-aleppo"),
                List.of(),
                List.of(new Dyad("SYR", "ISR")),
                Optional.empty());
    }
}
