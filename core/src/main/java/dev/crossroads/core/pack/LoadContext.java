package dev.crossroads.core.pack;

import dev.crossroads.core.Provenance;
import dev.crossroads.core.input.InputException;
import dev.crossroads.core.input.InputText;
import dev.crossroads.core.input.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What one load of a pack shares between its readers and checks: the folder, the problems found so far, and for
 * each loaded value the row it came from (to point at cross-reference problems) and its provenance.
 */
final class LoadContext {
    private final Path dir;
    private final Problems problems;
    /** Where each loaded value came from, for pointing at cross-reference problems. */
    private final Map<Object, CsvTable.Row> origin = new HashMap<>();
    /** The provenance columns of each loaded value that has them. */
    private final Map<Object, Provenance> provenance = new HashMap<>();
    /** Per file, the keys of rows that had errors of their own: references to them are not reported again. */
    private final Map<String, Set<String>> brokenKeys = new HashMap<>();
    /** Optional files that are not in the pack. */
    private final List<String> absentOptional = new ArrayList<>();

    LoadContext(Path dir, Problems problems) {
        this.dir = dir;
        this.problems = problems;
    }

    Path dir() {
        return dir;
    }

    Problems problems() {
        return problems;
    }

    /** The row {@code item} was read from. */
    CsvTable.Row origin(Object item) {
        return origin.get(item);
    }

    /** Every loaded value that carries provenance, with it. */
    Map<Object, Provenance> provenances() {
        return provenance;
    }

    /** The row of {@code item} for each value that carries provenance. */
    Map<Object, CsvTable.Row> origins() {
        return origin;
    }

    /** Whether a row of {@code file} keyed {@code key} had errors of its own. */
    boolean broken(String file, String key) {
        return brokenKeys.getOrDefault(file, Set.of()).contains(key);
    }

    List<String> absentOptional() {
        return absentOptional;
    }

    /**
     * Reads one CSV file of the pack and maps each row; rows that fail are left out (their problems recorded) and
     * their keys remembered. An absent optional file gives no rows.
     */
    <T> List<T> read(String name, Function<CsvTable.Row, Optional<T>> mapper) {
        Path file = dir.resolve(name);
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // a folder, a pipe or a device: never read it (a FIFO would block) and say so
            problems.error(
                    name,
                    0,
                    0,
                    name + " is not a regular file (a folder, pipe or device): replace it with a CSV file"
                            + " or remove it");
            return List.of();
        }
        if (!Files.isRegularFile(file)) {
            if (PackFormat.REQUIRED_FILES.contains(name)) {
                problems.error(name, 0, 0, name + " is missing: every pack needs it (see packs/FORMAT.md)");
            } else {
                absentOptional.add(name);
            }
            return List.of();
        }
        String text = readText(name, file);
        if (text == null) {
            return List.of();
        }
        return map(name, text, mapper);
    }

    /** Parses {@code text} as the pack file {@code name} and maps each row (see {@link #read}). */
    <T> List<T> map(String name, String text, Function<CsvTable.Row, Optional<T>> mapper) {
        CsvTable table =
                CsvTable.parse(name, text, PackFormat.columns(name), PackFormat.optionalColumns(name), problems);
        List<T> out = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            Optional<T> value = mapper.apply(row);
            if (value.isPresent()) {
                out.add(value.get());
                origin.put(value.get(), row);
                row.parsedProvenance().ifPresent(p -> provenance.put(value.get(), p));
            } else {
                brokenKeys
                        .computeIfAbsent(name, k -> new HashSet<>())
                        .add(row.raw(PackFormat.columns(name).get(0)));
            }
        }
        return out;
    }

    /** The text of a file, or null with the problem recorded (too large, not UTF-8, unreadable). */
    String readText(String name, Path file) {
        try {
            long max = Limits.get(Limits.FILE_BYTES);
            if (Files.size(file) > max) {
                problems.error(
                        name,
                        0,
                        0,
                        "the file is " + InputText.bytes(Files.size(file)) + ", larger than allowed; "
                                + Limits.howToChange(Limits.FILE_BYTES));
                return null;
            }
            try (java.io.InputStream in = Files.newInputStream(file)) {
                return InputText.decode(name, InputText.readCapped(name, in, Limits.FILE_BYTES));
            }
        } catch (InputException e) {
            problems.error(
                    name,
                    e.line(),
                    e.column(),
                    e.problem().startsWith("is not UTF-8") || e.problem().startsWith("ends in")
                            ? "the file " + e.problem() + " (CSV UTF-8 in a spreadsheet)"
                            : "the file " + e.problem());
        } catch (IOException e) {
            problems.error(name, 0, 0, "cannot read the file: " + e.getMessage());
        }
        return null;
    }
}
