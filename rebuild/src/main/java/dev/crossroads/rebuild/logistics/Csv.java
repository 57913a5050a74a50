package dev.crossroads.rebuild.logistics;

import dev.crossroads.core.pack.CsvReader;
import dev.crossroads.core.pack.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A small CSV reader for the logistics input files (RFC 4180 quoting, LF or CRLF) that collects problems at
 * {@code file:line:column} the way the pack loader does. Rows with a problem are skipped; the caller throws
 * {@link LogisticsInputException} when any problem was found.
 */
final class Csv {
    final String file;
    final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> columns = new HashMap<>();
    final List<Row> rows = new ArrayList<>();

    private Csv(String file) {
        this.file = file;
    }

    static Csv read(Path path, String displayName, List<String> required) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)))
                    .toString();
        } catch (MalformedInputException e) {
            Csv c = new Csv(displayName);
            c.problems.add(
                    new Problem(Problem.Severity.ERROR, displayName, 0, 0, "the file is not UTF-8: save it as UTF-8"));
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
        return parse(displayName, text, required);
    }

    static Csv parse(String file, String text, List<String> required) {
        Csv c = new Csv(file);
        CsvReader.Result parsed = CsvReader.parse(text);
        for (CsvReader.SyntaxError e : parsed.errors()) {
            c.problems.add(new Problem(Problem.Severity.ERROR, file, e.line(), e.column(), e.message()));
        }
        if (!parsed.errors().isEmpty()) {
            return c;
        }
        List<List<String>> records = parsed.records().stream()
                .map(r -> r.cells().stream().map(String::trim).toList())
                .toList();
        List<Integer> lines =
                parsed.records().stream().map(CsvReader.Record::line).toList();
        if (records.isEmpty()) {
            c.problems.add(new Problem(
                    Problem.Severity.ERROR,
                    file,
                    1,
                    0,
                    "the file is empty: the first line must be the header " + String.join(",", required)));
            return c;
        }
        List<String> header = records.get(0);
        for (int k = 0; k < header.size(); k++) {
            c.columns.putIfAbsent(header.get(k), k);
        }
        List<String> missing =
                required.stream().filter(r -> !c.columns.containsKey(r)).toList();
        if (!missing.isEmpty()) {
            c.problems.add(new Problem(
                    Problem.Severity.ERROR,
                    file,
                    lines.get(0),
                    0,
                    "the header lacks " + String.join(", ", missing) + "; expected " + String.join(",", required)));
            return c;
        }
        for (int r = 1; r < records.size(); r++) {
            List<String> cells = records.get(r);
            if (cells.size() != header.size()) {
                c.problems.add(new Problem(
                        Problem.Severity.ERROR,
                        file,
                        lines.get(r),
                        Math.min(cells.size(), header.size()) + 1,
                        "this row has " + cells.size() + " cells but the header has " + header.size()
                                + ": check for an unquoted comma or a missing cell"));
                continue;
            }
            c.rows.add(new Row(c, lines.get(r), cells));
        }
        return c;
    }

    void throwIfProblems() {
        if (!problems.isEmpty()) {
            throw new LogisticsInputException(
                    problems.stream().sorted(Problem.ORDER).toList());
        }
    }

    /** One data row; getters record problems and mark the row broken instead of throwing. */
    static final class Row {
        private final Csv csv;
        final int line;
        private final List<String> cells;
        boolean broken;

        Row(Csv csv, int line, List<String> cells) {
            this.csv = csv;
            this.line = line;
            this.cells = cells;
        }

        void error(String column, String message) {
            Integer col = csv.columns.get(column);
            csv.problems.add(new Problem(Problem.Severity.ERROR, csv.file, line, col == null ? 0 : col + 1, message));
            broken = true;
        }

        String raw(String column) {
            Integer col = csv.columns.get(column);
            return col == null ? "" : cells.get(col);
        }

        String text(String column) {
            String v = raw(column);
            if (v.isEmpty()) {
                error(column, column + " is required");
            }
            return v;
        }

        Optional<String> optional(String column) {
            String v = raw(column);
            return v.isEmpty() ? Optional.empty() : Optional.of(v);
        }

        double number(String column) {
            OptionalDouble v = optNumber(column);
            if (v.isEmpty() && !broken) {
                error(column, column + " is required: give a number");
            }
            return v.orElse(0);
        }

        OptionalDouble optNumber(String column) {
            String v = raw(column);
            if (v.isEmpty()) {
                return OptionalDouble.empty();
            }
            try {
                double d = Double.parseDouble(v);
                if (!Double.isFinite(d) || !v.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?")) {
                    throw new NumberFormatException();
                }
                return OptionalDouble.of(d);
            } catch (NumberFormatException e) {
                error(
                        column,
                        "'" + v + "' is not a number"
                                + (v.contains(",") ? " (no thousands separators; '.' is the decimal point)" : ""));
                return OptionalDouble.empty();
            }
        }
    }
}
