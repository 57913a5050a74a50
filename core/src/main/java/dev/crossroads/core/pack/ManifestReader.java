package dev.crossroads.core.pack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads a pack's manifest, {@code pack.yaml}, into {@link PackMeta}, reporting problems at their line. */
final class ManifestReader {
    private ManifestReader() {}

    /** Reads {@code pack.yaml} in the pack folder; null (with the problems recorded) when it is missing or wrong. */
    static PackMeta read(LoadContext ctx) {
        Path file = ctx.dir().resolve("pack.yaml");
        Problems problems = ctx.problems();
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            problems.error(
                    "pack.yaml",
                    0,
                    0,
                    "pack.yaml is not a regular file (a folder, pipe or device): replace it with a file");
            return null;
        }
        if (!Files.isRegularFile(file)) {
            problems.error(
                    "pack.yaml", 0, 0, "pack.yaml is missing: add one with name, title, asOf, description and home");
            return null;
        }
        String text = ctx.readText("pack.yaml", file);
        if (text == null) {
            return null;
        }
        return parse(text, problems);
    }

    /** Parses the text of a {@code pack.yaml}; null (with the problems recorded) when it is not a valid manifest. */
    static PackMeta parse(String text, Problems problems) {
        Object doc;
        try {
            doc = new Yaml(new TextTimestamps()).load(text);
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            problems.error(
                    "pack.yaml",
                    mark == null ? 0 : mark.getLine() + 1,
                    mark == null ? 0 : mark.getColumn() + 1,
                    "not valid YAML: " + e.getProblem());
            return null;
        } catch (YAMLException e) {
            problems.error("pack.yaml", 0, 0, "not valid YAML: " + e.getMessage());
            return null;
        }
        if (!(doc instanceof Map<?, ?> map)) {
            problems.error(
                    "pack.yaml", 1, 1, "pack.yaml must be a mapping of keys (name, title, asOf, description, home)");
            return null;
        }
        String name = string(map, "name");
        String asOfText = string(map, "asOf");
        String home = string(map, "home");
        boolean ok = true;
        for (String key : List.of("name", "asOf", "home")) {
            if (string(map, key).isEmpty()) {
                problems.error("pack.yaml", lineOf(text, key), 0, key + " is required in pack.yaml");
                ok = false;
            }
        }
        LocalDate asOf = null;
        if (!asOfText.isEmpty()) {
            try {
                asOf = LocalDate.parse(asOfText);
            } catch (DateTimeParseException e) {
                problems.error(
                        "pack.yaml", lineOf(text, "asOf"), 0, "asOf '" + asOfText + "' is not a date: use YYYY-MM-DD");
                ok = false;
            }
        }
        if (!ok) {
            return null;
        }
        dev.crossroads.core.model.TieThresholds thresholds = dev.crossroads.core.model.TieThresholds.DEFAULT;
        Object rel = map.get("relations");
        if (rel != null) {
            if (!(rel instanceof Map<?, ?> relMap)) {
                problems.error(
                        "pack.yaml",
                        lineOf(text, "relations"),
                        0,
                        "relations must be a mapping with hostileAtOrBelow and friendlyAtOrAbove (numbers on the tie scale -10..10)");
                return null;
            }
            for (Object k : relMap.keySet()) {
                if (!List.of("hostileAtOrBelow", "friendlyAtOrAbove").contains(String.valueOf(k))) {
                    problems.error(
                            "pack.yaml",
                            lineOf(text, String.valueOf(k)),
                            0,
                            "unknown key relations." + k
                                    + ": the relations mapping takes hostileAtOrBelow and friendlyAtOrAbove");
                    return null;
                }
            }
            Double hostile = number(relMap, "hostileAtOrBelow", text, problems);
            Double friendly = number(relMap, "friendlyAtOrAbove", text, problems);
            if (hostile == null || friendly == null) {
                return null;
            }
            try {
                thresholds = new dev.crossroads.core.model.TieThresholds(hostile, friendly);
            } catch (dev.crossroads.core.ModelException e) {
                problems.error("pack.yaml", lineOf(text, e.field()), 0, e.getMessage());
                return null;
            }
        }
        Optional<DefaultScenario> scenario = Optional.empty();
        if (map.get("defaultScenario") != null) {
            DefaultScenario d = defaultScenario(map.get("defaultScenario"), text, problems);
            if (d == null) {
                return null;
            }
            scenario = Optional.of(d);
        }
        try {
            return new PackMeta(
                    name, string(map, "title"), asOf, string(map, "description"), home, thresholds, scenario);
        } catch (dev.crossroads.core.ModelException e) {
            problems.error("pack.yaml", lineOf(text, e.field()), 0, e.getMessage());
            return null;
        }
    }

    private static final List<String> SCENARIO_KEYS = List.of("name", "year", "cut", "transit", "dyads", "at");

    /** The {@code defaultScenario:} mapping; null (with the problem recorded) when it is malformed. */
    private static DefaultScenario defaultScenario(Object value, String text, Problems problems) {
        int line = lineOf(text, "defaultScenario");
        if (!(value instanceof Map<?, ?> m)) {
            problems.error(
                    "pack.yaml",
                    line,
                    0,
                    "defaultScenario must be a mapping with name and any of year, cut, transit, dyads, at"
                            + " (see packs/FORMAT.md)");
            return null;
        }
        for (Object k : m.keySet()) {
            if (!SCENARIO_KEYS.contains(String.valueOf(k))) {
                problems.error(
                        "pack.yaml",
                        lineOf(text, String.valueOf(k)),
                        0,
                        "unknown key defaultScenario." + k + ": the mapping takes " + String.join(", ", SCENARIO_KEYS));
                return null;
            }
        }
        List<String> cut = texts(m, "cut", text, problems);
        List<String> transit = texts(m, "transit", text, problems);
        if (cut == null || transit == null) {
            return null;
        }
        List<DefaultScenario.Dyad> dyads = new java.util.ArrayList<>();
        Object d = m.get("dyads");
        try {
            if (d != null) {
                if (!(d instanceof List<?> pairs)) {
                    problems.error(
                            "pack.yaml",
                            lineOf(text, "dyads"),
                            0,
                            "defaultScenario.dyads is a list of pairs such as [[SYR, ISR]]");
                    return null;
                }
                for (Object pair : pairs) {
                    if (!(pair instanceof List<?> two) || two.size() != 2) {
                        problems.error(
                                "pack.yaml",
                                lineOf(text, "dyads"),
                                0,
                                "defaultScenario.dyads holds pairs of two ISO3 codes such as [SYR, ISR], got " + pair);
                        return null;
                    }
                    dyads.add(new DefaultScenario.Dyad(String.valueOf(two.get(0)), String.valueOf(two.get(1))));
                }
            }
            Optional<Integer> year = Optional.empty();
            Object y = m.get("year");
            if (y != null) {
                if (!(y instanceof Integer i)) {
                    problems.error(
                            "pack.yaml",
                            lineOf(text, "year"),
                            0,
                            "defaultScenario.year '" + y + "' is not a year such as 2025");
                    return null;
                }
                year = Optional.of(i);
            }
            Optional<LocalDate> at = Optional.empty();
            String atText = string(m, "at");
            if (!atText.isEmpty()) {
                try {
                    at = Optional.of(LocalDate.parse(atText));
                } catch (DateTimeParseException e) {
                    problems.error(
                            "pack.yaml",
                            lineOf(text, "at"),
                            0,
                            "defaultScenario.at '" + atText + "' is not a date: use YYYY-MM-DD");
                    return null;
                }
            }
            return new DefaultScenario(string(m, "name"), year, cut, transit, dyads, at);
        } catch (dev.crossroads.core.ModelException e) {
            problems.error("pack.yaml", e.field().equals("name") ? line : lineOf(text, e.field()), 0, e.getMessage());
            return null;
        }
    }

    /** A list of ids under {@code defaultScenario:} (a single id is a list of one); null when it is not one. */
    private static List<String> texts(Map<?, ?> m, String key, String text, Problems problems) {
        Object v = m.get(key);
        if (v == null) {
            return List.of();
        }
        List<?> items = v instanceof List<?> l ? l : List.of(v);
        List<String> out = new java.util.ArrayList<>();
        for (Object o : items) {
            if (o == null
                    || o instanceof Map<?, ?>
                    || o instanceof List<?>
                    || String.valueOf(o).isBlank()) {
                problems.error(
                        "pack.yaml",
                        lineOf(text, key),
                        0,
                        "defaultScenario." + key + " is a list of ids such as [kilis-aleppo], got " + v);
                return null;
            }
            out.add(String.valueOf(o).strip());
        }
        return out;
    }

    /** A number under {@code relations:}: the default when absent, null (with the problem recorded) when not a number. */
    private static Double number(Map<?, ?> map, String key, String text, Problems problems) {
        Object v = map.get(key);
        if (v == null) {
            return key.equals("hostileAtOrBelow")
                    ? dev.crossroads.core.model.TieThresholds.DEFAULT.hostileAtOrBelow()
                    : dev.crossroads.core.model.TieThresholds.DEFAULT.friendlyAtOrAbove();
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        problems.error(
                "pack.yaml",
                lineOf(text, key),
                0,
                "relations." + key + " '" + v + "' is not a number: write a figure on the tie scale -10..10, e.g. -5");
        return null;
    }

    /** YAML without timestamps: an unquoted 2025-02-30 stays text (and is then refused) instead of becoming 2025-03-02. */
    private static final class TextTimestamps extends SafeConstructor {
        TextTimestamps() {
            super(new LoaderOptions());
            this.yamlConstructors.put(org.yaml.snakeyaml.nodes.Tag.TIMESTAMP, new ConstructYamlStr());
        }
    }

    private static String string(Map<?, ?> map, String key) {
        Object v = map.get(key);
        if (v instanceof java.util.Date d) {
            // YAML reads an unquoted 2025-12-31 as a timestamp at midnight UTC
            return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
        }
        return v == null ? "" : v.toString().trim();
    }

    private static int lineOf(String text, String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(key + ":") || lines[i].strip().startsWith(key + ":")) {
                return i + 1;
            }
        }
        return 0;
    }
}
