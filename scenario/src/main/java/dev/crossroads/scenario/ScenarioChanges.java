package dev.crossroads.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What a scenario changes beyond cutting arcs or closing a transit country, pillar by pillar. Every part is
 * optional; {@link #NONE} changes nothing. Ids are checked against the pack when the scenario runs, so that an
 * unknown arc, market, partner or package is named with the scenario field that holds it.
 *
 * @param capacityBcm      new yearly capacity of pipelines or arcs, by id (e.g. {@code {"kilis-aleppo": 2.0}})
 * @param priceUsdPerKcm   new prices of markets, by market id
 * @param minimumBcm       volumes a market must at least receive (e.g. more volume to Syria), by market id
 * @param addRoutes        new arcs (an Iraq route, a second interconnector)
 * @param addMarkets       new markets at existing nodes
 * @param budgetUsdPerYear the programme's yearly budget, if changed
 * @param crews            crews per crew type, if changed
 * @param partners         partners committed to the programme, each with the asset classes it takes (empty: all
 *                         it can do)
 * @param programme        whether to re-optimise the reconstruction programme (CP-SAT) for this scenario; without
 *                         it the base plan is re-scored under the scenario's power
 * @param timeLimitSeconds the programme's outer wall-time limit, if changed
 * @param seed             the programme's random seed, if changed
 * @param events           projected events the user adds (their own origin, never mixed with reported ones)
 * @param ties             ties the user sets from a date on (e.g. a normalisation between two states)
 * @param tieThreshold     the tie below which a partner may not work in a host state, if changed
 */
public record ScenarioChanges(
        Map<String, Double> capacityBcm,
        Map<String, Double> priceUsdPerKcm,
        Map<String, Double> minimumBcm,
        List<NewRoute> addRoutes,
        List<NewMarket> addMarkets,
        OptionalDouble budgetUsdPerYear,
        Map<String, Integer> crews,
        List<Commitment> partners,
        boolean programme,
        OptionalDouble timeLimitSeconds,
        OptionalLong seed,
        List<ProjectedEvent> events,
        List<TieChange> ties,
        OptionalDouble tieThreshold,
        OptionalDouble equityMinSharePercent) {
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

    /** Changes without an equity floor for the programme. */
    public ScenarioChanges(
            Map<String, Double> capacityBcm,
            Map<String, Double> priceUsdPerKcm,
            Map<String, Double> minimumBcm,
            List<NewRoute> addRoutes,
            List<NewMarket> addMarkets,
            OptionalDouble budgetUsdPerYear,
            Map<String, Integer> crews,
            List<Commitment> partners,
            boolean programme,
            OptionalDouble timeLimitSeconds,
            OptionalLong seed,
            List<ProjectedEvent> events,
            List<TieChange> ties,
            OptionalDouble tieThreshold) {
        this(
                capacityBcm,
                priceUsdPerKcm,
                minimumBcm,
                addRoutes,
                addMarkets,
                budgetUsdPerYear,
                crews,
                partners,
                programme,
                timeLimitSeconds,
                seed,
                events,
                ties,
                tieThreshold,
                OptionalDouble.empty());
    }

    public static final ScenarioChanges NONE = new ScenarioChanges(
            Map.of(),
            Map.of(),
            Map.of(),
            List.of(),
            List.of(),
            OptionalDouble.empty(),
            Map.of(),
            List.of(),
            false,
            OptionalDouble.empty(),
            OptionalLong.empty(),
            List.of(),
            List.of(),
            OptionalDouble.empty());

    public ScenarioChanges {
        capacityBcm = nonNegative("capacityBcm", capacityBcm);
        priceUsdPerKcm = nonNegative("priceUsdPerKcm", priceUsdPerKcm);
        minimumBcm = nonNegative("minimumBcm", minimumBcm);
        addRoutes = List.copyOf(addRoutes);
        addMarkets = List.copyOf(addMarkets);
        budgetUsdPerYear = budgetUsdPerYear == null ? OptionalDouble.empty() : budgetUsdPerYear;
        budgetUsdPerYear.ifPresent(b -> {
            if (!(b >= 0) || Double.isInfinite(b)) {
                throw new ScenarioException("'budgetUsdPerYear' must be a non-negative amount of USD, got " + b);
            }
        });
        crews = Map.copyOf(new TreeMap<>(crews));
        crews.forEach((k, v) -> {
            if (v == null || v < 0) {
                throw new ScenarioException("'crews." + k + "' must be a non-negative whole number, got " + v);
            }
        });
        partners = List.copyOf(partners);
        timeLimitSeconds = timeLimitSeconds == null ? OptionalDouble.empty() : timeLimitSeconds;
        timeLimitSeconds.ifPresent(t -> {
            if (!(t > 0) || t > 3600) {
                throw new ScenarioException("'timeLimitSeconds' must lie in (0, 3600], got " + t);
            }
        });
        seed = seed == null ? OptionalLong.empty() : seed;
        events = List.copyOf(events);
        ties = List.copyOf(ties);
        tieThreshold = tieThreshold == null ? OptionalDouble.empty() : tieThreshold;
        equityMinSharePercent = equityMinSharePercent == null ? OptionalDouble.empty() : equityMinSharePercent;
        equityMinSharePercent.ifPresent(t -> {
            if (!(t >= 0 && t <= 100)) {
                throw new ScenarioException(
                        "'rebuild.equityMinSharePercent' is a percentage of each region's own service, 0 to 100; got "
                                + t);
            }
        });
        tieThreshold.ifPresent(t -> {
            if (!Double.isFinite(t)) {
                throw new ScenarioException("'tieThreshold' must be a number, got " + t);
            }
        });
    }

    /** The same changes with the programme re-solved ({@code true}) or the base plan re-scored ({@code false}). */
    public ScenarioChanges withProgramme(boolean reSolve) {
        return new ScenarioChanges(
                capacityBcm,
                priceUsdPerKcm,
                minimumBcm,
                addRoutes,
                addMarkets,
                budgetUsdPerYear,
                crews,
                partners,
                reSolve,
                timeLimitSeconds,
                seed,
                events,
                ties,
                tieThreshold,
                equityMinSharePercent);
    }

    /** The same changes with these market prices. */
    public ScenarioChanges withPrices(Map<String, Double> prices) {
        return new ScenarioChanges(
                capacityBcm,
                prices,
                minimumBcm,
                addRoutes,
                addMarkets,
                budgetUsdPerYear,
                crews,
                partners,
                programme,
                timeLimitSeconds,
                seed,
                events,
                ties,
                tieThreshold,
                equityMinSharePercent);
    }

    /** Whether the scenario changes the gas network (beyond cuts). */
    public boolean changesEnergy() {
        return !capacityBcm.isEmpty()
                || !priceUsdPerKcm.isEmpty()
                || !minimumBcm.isEmpty()
                || !addRoutes.isEmpty()
                || !addMarkets.isEmpty();
    }

    /** A new directed arc between existing nodes. */
    public record NewRoute(
            String id, String from, String to, double capacityBcm, double tariffUsdPerKcm, String country) {
        public NewRoute {
            text("addRoutes[].id", id);
            text("addRoutes[" + id + "].from", from);
            text("addRoutes[" + id + "].to", to);
            if (from.equals(to)) {
                throw new ScenarioException("addRoutes[" + id + "] starts and ends at " + from);
            }
            nonNegative("addRoutes[" + id + "].capacityBcm", capacityBcm);
            nonNegative("addRoutes[" + id + "].tariffUsdPerKcm", tariffUsdPerKcm);
            if (country == null || !ISO3.matcher(country).matches()) {
                throw new ScenarioException("addRoutes[" + id
                        + "].country is the ISO3 code of the country it lies in, got '" + country + "'");
            }
        }
    }

    /** A new market at an existing node. */
    public record NewMarket(
            String id, String name, String node, String country, double demandBcm, double priceUsdPerKcm) {
        public NewMarket {
            text("addMarkets[].id", id);
            name = name == null || name.isBlank() ? id : name;
            text("addMarkets[" + id + "].node", node);
            if (country == null || !ISO3.matcher(country).matches()) {
                throw new ScenarioException("addMarkets[" + id + "].country is an ISO3 code, got '" + country + "'");
            }
            nonNegative("addMarkets[" + id + "].demandBcm", demandBcm);
            nonNegative("addMarkets[" + id + "].priceUsdPerKcm", priceUsdPerKcm);
        }
    }

    /** A partner committed to the programme: the asset classes it takes (empty: every class it can do). */
    public record Commitment(String partner, List<String> assetClasses) {
        public Commitment {
            text("partners[].partner", partner);
            assetClasses = List.copyOf(assetClasses);
        }
    }

    /** An event the user projects: {@code actor1} does {@code cameo} to {@code actor2} on {@code date}. */
    public record ProjectedEvent(LocalDate date, String actor1, String actor2, String cameo, String text) {
        public ProjectedEvent {
            if (date == null) {
                throw new ScenarioException("events[].date is required (YYYY-MM-DD)");
            }
            iso3("events[].actor1", actor1);
            iso3("events[].actor2", actor2);
            if (actor1.equals(actor2)) {
                throw new ScenarioException("events[]: actor1 and actor2 are both " + actor1);
            }
            if (cameo == null || !cameo.matches("\\d{2,4}")) {
                throw new ScenarioException(
                        "events[].cameo is a CAMEO code of 2 to 4 digits such as 057, got '" + cameo + "'");
            }
            text = text == null ? "" : text.strip();
        }
    }

    /** From {@code from} on, the tie between {@code a} and {@code b} is moved by {@code deltaScore} points. */
    public record TieChange(String a, String b, LocalDate from, double deltaScore) {
        public TieChange {
            iso3("ties[].a", a);
            iso3("ties[].b", b);
            if (a.equals(b)) {
                throw new ScenarioException("ties[]: a and b are both " + a);
            }
            if (from == null) {
                throw new ScenarioException("ties[].from is required (YYYY-MM-DD)");
            }
            if (!Double.isFinite(deltaScore)) {
                throw new ScenarioException("ties[].deltaScore must be a number");
            }
        }
    }

    private static Map<String, Double> nonNegative(String field, Map<String, Double> m) {
        Map<String, Double> copy = new TreeMap<>(m);
        copy.forEach((k, v) -> nonNegative(field + "." + k, v == null ? Double.NaN : v));
        return Map.copyOf(copy);
    }

    private static void nonNegative(String field, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new ScenarioException("'" + field + "' must be a non-negative number, got " + v);
        }
    }

    private static void text(String field, String v) {
        if (v == null || v.isBlank()) {
            throw new ScenarioException("'" + field + "' is required");
        }
    }

    private static void iso3(String field, String v) {
        if (v == null || !ISO3.matcher(v).matches()) {
            throw new ScenarioException("'" + field + "' is an ISO3 code such as AZE, got '" + v + "'");
        }
    }
}
