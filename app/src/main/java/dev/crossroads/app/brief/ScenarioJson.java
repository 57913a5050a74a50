package dev.crossroads.app.brief;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.scenario.ScenarioException;
import dev.crossroads.scenario.ScenarioSpec;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a scenario file: {@code {"name":"Kilis–Aleppo cut","year":2025,"cut":["kilis-aleppo"],"transit":null,
 * "dyads":[["SYR","ISR"]],"at":"2025-08-01"}}; every field but the name may be left out or null.
 */
public final class ScenarioJson {
    private ScenarioJson() {
    }

    public static ScenarioSpec read(JsonNode n) {
        if (n == null || !n.isObject()) {
            throw new ScenarioException("a scenario is a JSON object such as {\"name\":\"Kilis–Aleppo cut\",\"cut\":[\"kilis-aleppo\"]}");
        }
        for (var it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!List.of("name", "year", "cut", "transit", "dyads", "at").contains(f)) {
                throw new ScenarioException("unknown scenario field '" + f + "'; the fields are name, year, cut, transit, dyads, at");
            }
        }
        String name = n.hasNonNull("name") ? n.get("name").asText() : "Scenario";
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c)) || name.length() > 200) {
            throw new ScenarioException("'name' must be at most 200 characters of text, without control characters such as NUL");
        }
        Optional<Integer> year = Optional.empty();
        if (n.hasNonNull("year")) {
            if (!n.get("year").canConvertToInt() || !n.get("year").isIntegralNumber()) {
                throw new ScenarioException("'year' must be a whole number such as 2025, got " + n.get("year"));
            }
            year = Optional.of(n.get("year").asInt());
        }
        List<String> cut = strings(n, "cut");
        List<String> transit = strings(n, "transit").stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
        List<ScenarioSpec.Dyad> dyads = new ArrayList<>();
        if (n.hasNonNull("dyads")) {
            if (!n.get("dyads").isArray()) {
                throw new ScenarioException("'dyads' is a list of pairs such as [[\"SYR\",\"ISR\"]]");
            }
            for (JsonNode d : n.get("dyads")) {
                if (!d.isArray() || d.size() != 2) {
                    throw new ScenarioException("each dyad is a pair of ISO3 codes such as [\"SYR\",\"ISR\"], got " + d);
                }
                dyads.add(new ScenarioSpec.Dyad(d.get(0).asText().toUpperCase(Locale.ROOT), d.get(1).asText().toUpperCase(Locale.ROOT)));
            }
        }
        Optional<LocalDate> at = Optional.empty();
        if (n.hasNonNull("at")) {
            at = Optional.of(date("at", n.get("at").asText()));
        }
        return new ScenarioSpec(name, year, cut, transit, dyads, at);
    }

    public static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ScenarioException("'" + field + "' must be a date YYYY-MM-DD, got '" + value + "'");
        }
    }

    private static List<String> strings(JsonNode n, String field) {
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
                    throw new ScenarioException("'" + field + "' holds text ids, got " + x);
                }
                out.add(x.asText().strip());
            }
        } else {
            throw new ScenarioException("'" + field + "' is a text id or a list of them, got " + v);
        }
        return out;
    }
}
