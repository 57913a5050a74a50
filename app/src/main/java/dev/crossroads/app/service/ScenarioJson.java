package dev.crossroads.app.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.scenario.ScenarioChanges;
import dev.crossroads.scenario.ScenarioException;
import dev.crossroads.scenario.ScenarioSpec;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Reads a scenario file. Today's fields: {@code {"name":"Kilis–Aleppo cut","year":2025,"cut":["kilis-aleppo"],
 * "transit":null,"dyads":[["SYR","ISR"]],"at":"2025-08-01"}}; every field but the name may be left out or null.
 * Three optional sections change each pillar:
 * <pre>
 * "energy":    {"capacityBcm": {"kilis-aleppo": 2.0}, "priceUsdPerKcm": {"syria": 300}, "minimumBcm": {"syria": 1.2},
 *               "addRoutes": [{"id","from","to","capacityBcm","tariffUsdPerKcm","country"}],
 *               "addMarkets": [{"id","name","node","country","demandBcm","priceUsdPerKcm"}]}
 * "rebuild":   {"budgetUsdPerYear": 5e9, "crews": {"building": 300}, "partners": [{"partner":"azerbaijan",
 *               "assetClasses":["roads"]}], "programme": true, "timeLimitSeconds": 30, "seed": 7,
 *               "equityMinSharePercent": 20}
 * "relations": {"events": [{"date","actor1","actor2","cameo","text"}], "ties": [{"a","b","from","deltaScore"}],
 *               "tieThreshold": -5}
 * </pre>
 * An unknown field is an error that names it and lists the fields allowed where it stands.
 */
public final class ScenarioJson {
    private static final List<String> TOP =
            List.of("name", "year", "cut", "transit", "dyads", "at", "energy", "rebuild", "relations");

    private ScenarioJson() {}

    public static ScenarioSpec read(JsonNode n) {
        if (n == null || !n.isObject()) {
            throw new ScenarioException(
                    "a scenario is a JSON object such as {\"name\":\"Kilis–Aleppo cut\",\"cut\":[\"kilis-aleppo\"]}");
        }
        only(n, "", TOP);
        String name = n.hasNonNull("name") ? n.get("name").asText() : "Scenario";
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c)) || name.length() > 200) {
            throw new ScenarioException(
                    "'name' must be at most 200 characters of text, without control characters such as NUL");
        }
        Optional<Integer> year = Optional.empty();
        if (n.hasNonNull("year")) {
            if (!n.get("year").canConvertToInt() || !n.get("year").isIntegralNumber()) {
                throw new ScenarioException("'year' must be a whole number such as 2025, got " + n.get("year"));
            }
            year = Optional.of(n.get("year").asInt());
        }
        List<String> cut = strings(n, "cut", "cut");
        List<String> transit = strings(n, "transit", "transit").stream()
                .map(s -> s.toUpperCase(Locale.ROOT))
                .toList();
        List<ScenarioSpec.Dyad> dyads = new ArrayList<>();
        if (n.hasNonNull("dyads")) {
            if (!n.get("dyads").isArray()) {
                throw new ScenarioException("'dyads' is a list of pairs such as [[\"SYR\",\"ISR\"]]");
            }
            for (JsonNode d : n.get("dyads")) {
                if (!d.isArray() || d.size() != 2) {
                    throw new ScenarioException(
                            "each dyad is a pair of ISO3 codes such as [\"SYR\",\"ISR\"], got " + d);
                }
                dyads.add(new ScenarioSpec.Dyad(
                        d.get(0).asText().toUpperCase(Locale.ROOT),
                        d.get(1).asText().toUpperCase(Locale.ROOT)));
            }
        }
        Optional<LocalDate> at = Optional.empty();
        if (n.hasNonNull("at")) {
            at = Optional.of(date("at", n.get("at").asText()));
        }
        return new ScenarioSpec(name, year, cut, transit, dyads, at, changes(n));
    }

    private static ScenarioChanges changes(JsonNode n) {
        JsonNode e =
                section(n, "energy", List.of("capacityBcm", "priceUsdPerKcm", "minimumBcm", "addRoutes", "addMarkets"));
        JsonNode b = section(
                n,
                "rebuild",
                List.of(
                        "budgetUsdPerYear",
                        "crews",
                        "partners",
                        "programme",
                        "timeLimitSeconds",
                        "seed",
                        "equityMinSharePercent"));
        JsonNode r = section(n, "relations", List.of("events", "ties", "tieThreshold"));
        List<ScenarioChanges.NewRoute> routes = new ArrayList<>();
        for (JsonNode x : list(e, "addRoutes", "energy.addRoutes")) {
            only(x, "energy.addRoutes[]", List.of("id", "from", "to", "capacityBcm", "tariffUsdPerKcm", "country"));
            routes.add(new ScenarioChanges.NewRoute(
                    text(x, "id"),
                    text(x, "from"),
                    text(x, "to"),
                    number(x, "capacityBcm", "energy.addRoutes[].capacityBcm").orElse(0),
                    number(x, "tariffUsdPerKcm", "energy.addRoutes[].tariffUsdPerKcm")
                            .orElse(0),
                    text(x, "country").toUpperCase(Locale.ROOT)));
        }
        List<ScenarioChanges.NewMarket> markets = new ArrayList<>();
        for (JsonNode x : list(e, "addMarkets", "energy.addMarkets")) {
            only(x, "energy.addMarkets[]", List.of("id", "name", "node", "country", "demandBcm", "priceUsdPerKcm"));
            markets.add(new ScenarioChanges.NewMarket(
                    text(x, "id"),
                    text(x, "name"),
                    text(x, "node"),
                    text(x, "country").toUpperCase(Locale.ROOT),
                    number(x, "demandBcm", "energy.addMarkets[].demandBcm").orElse(0),
                    number(x, "priceUsdPerKcm", "energy.addMarkets[].priceUsdPerKcm")
                            .orElse(0)));
        }
        Map<String, Integer> crews = new LinkedHashMap<>();
        numbers(b, "crews", "rebuild.crews").forEach((k, v) -> {
            if (v != Math.rint(v)) {
                throw new ScenarioException("'rebuild.crews." + k + "' must be a whole number, got " + v);
            }
            crews.put(k, (int) Math.min(Integer.MAX_VALUE, v));
        });
        List<ScenarioChanges.Commitment> partners = new ArrayList<>();
        for (JsonNode x : list(b, "partners", "rebuild.partners")) {
            if (x.isTextual()) {
                partners.add(new ScenarioChanges.Commitment(x.asText(), List.of()));
                continue;
            }
            only(x, "rebuild.partners[]", List.of("partner", "assetClasses"));
            partners.add(new ScenarioChanges.Commitment(
                    text(x, "partner"), strings(x, "assetClasses", "rebuild.partners[].assetClasses")));
        }
        boolean programme = false;
        if (b != null && b.hasNonNull("programme")) {
            if (!b.get("programme").isBoolean()) {
                throw new ScenarioException("'rebuild.programme' is true or false, got " + b.get("programme"));
            }
            programme = b.get("programme").asBoolean();
        }
        OptionalLong seed = OptionalLong.empty();
        if (b != null && b.hasNonNull("seed")) {
            if (!b.get("seed").isIntegralNumber()) {
                throw new ScenarioException("'rebuild.seed' is a whole number, got " + b.get("seed"));
            }
            seed = OptionalLong.of(b.get("seed").asLong());
        }
        List<ScenarioChanges.ProjectedEvent> events = new ArrayList<>();
        for (JsonNode x : list(r, "events", "relations.events")) {
            only(x, "relations.events[]", List.of("date", "actor1", "actor2", "cameo", "text"));
            events.add(new ScenarioChanges.ProjectedEvent(
                    date("relations.events[].date", text(x, "date")),
                    text(x, "actor1").toUpperCase(Locale.ROOT),
                    text(x, "actor2").toUpperCase(Locale.ROOT),
                    text(x, "cameo"),
                    x.hasNonNull("text") ? x.get("text").asText() : ""));
        }
        List<ScenarioChanges.TieChange> ties = new ArrayList<>();
        for (JsonNode x : list(r, "ties", "relations.ties")) {
            only(x, "relations.ties[]", List.of("a", "b", "from", "deltaScore"));
            ties.add(new ScenarioChanges.TieChange(
                    text(x, "a").toUpperCase(Locale.ROOT),
                    text(x, "b").toUpperCase(Locale.ROOT),
                    date("relations.ties[].from", text(x, "from")),
                    number(x, "deltaScore", "relations.ties[].deltaScore")
                            .orElseThrow(() -> new ScenarioException("'relations.ties[].deltaScore' is required"))));
        }
        return new ScenarioChanges(
                numbers(e, "capacityBcm", "energy.capacityBcm"),
                numbers(e, "priceUsdPerKcm", "energy.priceUsdPerKcm"),
                numbers(e, "minimumBcm", "energy.minimumBcm"),
                routes,
                markets,
                number(b, "budgetUsdPerYear", "rebuild.budgetUsdPerYear"),
                crews,
                partners,
                programme,
                number(b, "timeLimitSeconds", "rebuild.timeLimitSeconds"),
                seed,
                events,
                ties,
                number(r, "tieThreshold", "relations.tieThreshold"),
                number(b, "equityMinSharePercent", "rebuild.equityMinSharePercent"));
    }

    public static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ScenarioException("'" + field + "' must be a date YYYY-MM-DD, got '" + value + "'");
        }
    }

    private static JsonNode section(JsonNode n, String name, List<String> fields) {
        if (!n.hasNonNull(name)) {
            return null;
        }
        JsonNode s = n.get(name);
        if (!s.isObject()) {
            throw new ScenarioException("'" + name + "' is an object with the fields " + String.join(", ", fields));
        }
        only(s, name, fields);
        return s;
    }

    private static void only(JsonNode n, String where, List<String> fields) {
        if (!n.isObject()) {
            throw new ScenarioException("'" + where + "' must be an object with the fields " + String.join(", ", fields)
                    + ", got " + shorten(n.toString()));
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!fields.contains(f)) {
                throw new ScenarioException(
                        "unknown scenario field '" + (where.isEmpty() ? "" : where + ".") + f + "'; the fields "
                                + (where.isEmpty() ? "" : "of " + where + " ") + "are " + String.join(", ", fields));
            }
        }
    }

    private static String text(JsonNode n, String field) {
        if (!n.hasNonNull(field) || !n.get(field).isValueNode()) {
            throw new ScenarioException("'" + field + "' is required (text) in " + shorten(n.toString()));
        }
        return n.get(field).asText().strip();
    }

    private static OptionalDouble number(JsonNode n, String field, String where) {
        if (n == null || !n.hasNonNull(field)) {
            return OptionalDouble.empty();
        }
        JsonNode v = n.get(field);
        if (!v.isNumber()) {
            throw new ScenarioException("'" + where + "' must be a number, got " + shorten(v.toString()));
        }
        return OptionalDouble.of(v.asDouble());
    }

    private static Map<String, Double> numbers(JsonNode n, String field, String where) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (n == null || !n.hasNonNull(field)) {
            return out;
        }
        JsonNode v = n.get(field);
        if (!v.isObject()) {
            throw new ScenarioException(
                    "'" + where + "' is an object of ids to numbers such as {\"kilis-aleppo\": 2.0}");
        }
        for (Map.Entry<String, JsonNode> x : v.properties()) {
            if (!x.getValue().isNumber()) {
                throw new ScenarioException("'" + where + "." + x.getKey() + "' must be a number, got "
                        + shorten(x.getValue().toString()));
            }
            out.put(x.getKey(), x.getValue().asDouble());
        }
        return out;
    }

    private static List<JsonNode> list(JsonNode n, String field, String where) {
        List<JsonNode> out = new ArrayList<>();
        if (n == null || !n.hasNonNull(field)) {
            return out;
        }
        if (!n.get(field).isArray()) {
            throw new ScenarioException("'" + where + "' is a list");
        }
        n.get(field).forEach(out::add);
        return out;
    }

    private static List<String> strings(JsonNode n, String field, String where) {
        if (!n.hasNonNull(field)) {
            return List.of();
        }
        JsonNode v = n.get(field);
        List<String> out = new ArrayList<>();
        if (v.isTextual()) {
            out.add(v.asText().strip());
        } else if (v.isArray()) {
            for (JsonNode x : v) {
                if (!x.isTextual()) {
                    throw new ScenarioException("'" + where + "' holds text ids, got " + shorten(x.toString()));
                }
                out.add(x.asText().strip());
            }
        } else {
            throw new ScenarioException("'" + where + "' is a text id or a list of them, got " + shorten(v.toString()));
        }
        return out;
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
