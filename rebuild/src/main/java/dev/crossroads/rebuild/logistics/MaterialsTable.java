package dev.crossroads.rebuild.logistics;

import dev.crossroads.core.Confidence;
import dev.crossroads.core.Provenance;
import dev.crossroads.core.pack.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The materials each asset class needs per unit, read from the pack's {@code rebuild/materials.csv}
 * (columns {@code asset_class, material, tonnes_per_unit, source, confidence, note}). Every problem is
 * reported at {@code file:line:column}: unknown asset classes and sources, bad numbers, duplicates.
 */
public record MaterialsTable(List<MaterialRate> rates) {
    public static final String FILE = "rebuild/materials.csv";
    static final List<String> COLUMNS =
            List.of("asset_class", "material", "tonnes_per_unit", "source", "confidence", "note");

    public MaterialsTable {
        rates = List.copyOf(rates);
    }

    public List<MaterialRate> of(String assetClass) {
        return rates.stream().filter(r -> r.assetClass().equals(assetClass)).toList();
    }

    public List<String> materials() {
        return rates.stream().map(MaterialRate::material).distinct().sorted().toList();
    }

    /** Reads {@code rebuild/materials.csv} of a pack folder; empty when the pack has none. */
    public static Optional<MaterialsTable> readPack(Path packDir, Set<String> assetClasses, Set<String> sources) {
        Path file = packDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(read(file, FILE, assetClasses, sources));
    }

    public static MaterialsTable read(Path file, String displayName, Set<String> assetClasses, Set<String> sources) {
        return from(Csv.read(file, displayName, COLUMNS), assetClasses, sources);
    }

    public static MaterialsTable parse(String displayName, String text, Set<String> assetClasses, Set<String> sources) {
        return from(Csv.parse(displayName, text, COLUMNS), assetClasses, sources);
    }

    private static MaterialsTable from(Csv csv, Set<String> assetClasses, Set<String> sources) {
        List<MaterialRate> rates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Csv.Row row : csv.rows) {
            String ac = row.text("asset_class");
            if (!ac.isEmpty() && !assetClasses.contains(ac)) {
                row.error("asset_class", "unknown asset class '" + ac + "': use one of rebuild/asset-classes.csv");
            }
            String material = row.text("material");
            if (!material.isEmpty() && !material.matches("[a-z][a-z0-9_-]*")) {
                row.error(
                        "material", "material '" + material + "' must be a lower-case id (letters, digits, '-', '_')");
            }
            double t = row.number("tonnes_per_unit");
            if (t < 0) {
                row.error("tonnes_per_unit", "tonnes_per_unit must not be negative, got " + t);
            }
            List<String> src = Arrays.stream(row.raw("source").split(";"))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .toList();
            for (String s : src) {
                if (!sources.contains(s)) {
                    row.error(
                            "source", "unknown source '" + s + "': add it to sources.csv or mark the row illustrative");
                }
            }
            Optional<Confidence> conf = Confidence.parse(row.raw("confidence"));
            if (conf.isEmpty()) {
                row.error(
                        "confidence",
                        "'" + row.raw("confidence")
                                + "' is not a confidence: use reported, derived, unconfirmed, conflict or illustrative");
            } else if (src.isEmpty() && conf.get() != Confidence.ILLUSTRATIVE) {
                row.error(
                        "source",
                        "this rate has no source: add a source id from sources.csv, or set confidence to illustrative");
            }
            if (!row.broken && !seen.add(ac + "/" + material)) {
                row.error("material", "asset class " + ac + " lists material " + material + " twice");
            }
            if (!row.broken) {
                rates.add(new MaterialRate(ac, material, t, new Provenance(src, conf.get(), row.raw("note"))));
            }
        }
        csv.throwIfProblems();
        return new MaterialsTable(rates);
    }

    /** For callers that want the problems without an exception. */
    static List<Problem> problemsOf(String displayName, String text, Set<String> assetClasses, Set<String> sources) {
        try {
            parse(displayName, text, assetClasses, sources);
            return List.of();
        } catch (LogisticsInputException e) {
            return e.problems();
        }
    }
}
