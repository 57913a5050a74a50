package dev.crossroads.core.pack;

import dev.crossroads.core.Confidence;
import dev.crossroads.core.ModelException;
import dev.crossroads.core.Provenance;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A CSV file with a header, read through {@link CsvReader}: hands out {@link Row}s whose getters record problems
 * at {@code file:line:column} instead of throwing, so that a reader reports every problem of a file at once. The
 * pack loader reads every pack file with it; other readers of CSV input (the logistics fleet and repair schedule)
 * use {@link #parse(String, String, List)} and then {@link #errors()}.
 */
public final class CsvTable {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private final String file;
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private final Problems problems;

    private CsvTable(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /**
     * Parses {@code text} as the file named {@code file} (the name problems carry); syntax errors, missing columns
     * and rows of the wrong width become {@link #errors()}, columns outside {@code required} warnings.
     */
    public static CsvTable parse(String file, String text, List<String> required) {
        return parse(file, text, required, List.of(), new Problems());
    }

    /** Parses {@code text}; reports syntax errors, missing columns and rows of the wrong width. */
    static CsvTable parse(String file, String text, List<String> required, Problems problems) {
        return parse(file, text, required, List.of(), problems);
    }

    /** As {@link #parse(String, String, List, Problems)}, with columns that may be absent (their cells read as empty). */
    static CsvTable parse(String file, String text, List<String> required, List<String> optional, Problems problems) {
        CsvTable t = new CsvTable(file, problems);
        CsvReader.Result result = CsvReader.parse(text);
        for (CsvReader.SyntaxError e : result.errors()) {
            problems.error(file, e.line(), e.column(), e.message());
        }
        if (result.records().isEmpty()) {
            problems.error(
                    file, 1, 0, "the file is empty: the first line must be the header " + String.join(",", required));
            return t;
        }
        CsvReader.Record header = result.records().get(0);
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i).trim();
            if (t.columns.containsKey(name)) {
                problems.error(file, header.line(), i + 1, "column '" + name + "' appears twice in the header");
            }
            t.columns.putIfAbsent(name, i);
        }
        List<String> missing =
                required.stream().filter(c -> !t.columns.containsKey(c)).collect(Collectors.toList());
        if (!missing.isEmpty()) {
            problems.error(
                    file,
                    header.line(),
                    0,
                    "the header lacks column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                            + "; expected " + String.join(",", required));
            return t;
        }
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i).trim();
            if (!required.contains(name) && !optional.contains(name) && !name.isEmpty()) {
                problems.warning(
                        file, header.line(), i + 1, "column '" + name + "' is not part of the format and is ignored");
            }
        }
        for (CsvReader.Record r : result.records().subList(1, result.records().size())) {
            if (r.cells().size() != header.cells().size()) {
                problems.error(
                        file,
                        r.line(),
                        Math.min(r.cells().size(), header.cells().size()) + 1,
                        "this row has " + r.cells().size() + " cells but the header has "
                                + header.cells().size() + ": check for an unquoted comma or a missing cell");
                continue;
            }
            t.rows.add(new Row(t, r));
        }
        return t;
    }

    /** The rows that have the header's width, in file order. */
    public List<Row> rows() {
        return rows;
    }

    /** The file name problems carry. */
    public String file() {
        return file;
    }

    /** Every problem found so far (while parsing and by the rows' getters), errors and warnings, sorted. */
    public List<Problem> problems() {
        return problems.sorted();
    }

    /** The errors among {@link #problems()}. */
    public List<Problem> errors() {
        return problems.sorted().stream()
                .filter(p -> p.severity() == Problem.Severity.ERROR)
                .toList();
    }

    int column(String name) {
        Integer i = columns.get(name);
        return i == null ? 0 : i + 1;
    }

    /** One data row. Getters record a problem and mark the row broken instead of throwing. */
    public static final class Row {
        private final CsvTable table;
        private final CsvReader.Record record;
        private boolean broken;
        private Provenance parsed;

        private Row(CsvTable table, CsvReader.Record record) {
            this.table = table;
            this.record = record;
        }

        public int line() {
            return record.line();
        }

        public String file() {
            return table.file;
        }

        public void error(String column, String message) {
            table.problems.error(table.file, line(), table.column(column), message);
            broken = true;
        }

        public void warning(String column, String message) {
            table.problems.warning(table.file, line(), table.column(column), message);
        }

        /** The trimmed cell; empty when the column is an optional one the file leaves out. */
        public String raw(String column) {
            Integer i = table.columns.get(column);
            return i == null ? "" : record.cells().get(i).trim();
        }

        /** A yes/no column: {@code true} or {@code false} (any case); empty or absent gives {@code absent}. */
        public boolean flag(String column, boolean absent) {
            String v = raw(column);
            if (v.isEmpty()) {
                return absent;
            }
            if (v.equalsIgnoreCase("true")) {
                return true;
            }
            if (v.equalsIgnoreCase("false")) {
                return false;
            }
            error(
                    column,
                    "'" + v + "' is not a valid " + column + ": use true or false (or leave it empty for " + absent
                            + ")");
            return absent;
        }

        public String text(String column) {
            String v = raw(column);
            if (v.isEmpty()) {
                error(column, column + " is required");
            }
            return v;
        }

        public String optText(String column) {
            return raw(column);
        }

        public Optional<String> optional(String column) {
            String v = raw(column);
            return v.isEmpty() ? Optional.empty() : Optional.of(v);
        }

        public List<String> list(String column) {
            String v = raw(column);
            if (v.isEmpty()) {
                return List.of();
            }
            return Arrays.stream(v.split(";"))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .collect(Collectors.toList());
        }

        public double number(String column) {
            String v = raw(column);
            if (v.isEmpty()) {
                error(
                        column,
                        column + " is required: give a number (leave it out only where the format marks it optional)");
                return 0;
            }
            return parseNumber(column, v).orElse(0);
        }

        public OptionalDouble optNumber(String column) {
            String v = raw(column);
            return v.isEmpty() ? OptionalDouble.empty() : parseNumber(column, v);
        }

        private OptionalDouble parseNumber(String column, String v) {
            if (!NUMBER.matcher(v).matches()) {
                String hint = v.contains(",")
                        ? " (no thousands separators; '.' is the decimal point)"
                        : v.matches(".*\\d.*[a-zA-Z%].*")
                                ? " (write the figure alone, in the unit the column name gives)"
                                : "";
                error(column, "'" + v + "' is not a number" + hint);
                return OptionalDouble.empty();
            }
            double d = Double.parseDouble(v);
            if (Double.isInfinite(d)) {
                error(column, "'" + v + "' is too large a number");
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(d);
        }

        public int integer(String column) {
            String v = raw(column);
            if (v.isEmpty()) {
                error(column, column + " is required");
                return 0;
            }
            return parseInt(column, v).orElse(0);
        }

        public OptionalInt optInteger(String column) {
            String v = raw(column);
            return v.isEmpty() ? OptionalInt.empty() : parseInt(column, v);
        }

        private OptionalInt parseInt(String column, String v) {
            if (!v.matches("[-+]?\\d{1,18}")) {
                error(column, "'" + v + "' is not a whole number");
                return OptionalInt.empty();
            }
            long value = Long.parseLong(v);
            if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
                error(column, "'" + v + "' is too large");
                return OptionalInt.empty();
            }
            return OptionalInt.of((int) value);
        }

        public long longInteger(String column) {
            String v = raw(column);
            if (!v.matches("[-+]?\\d{1,18}")) {
                error(column, v.isEmpty() ? column + " is required" : "'" + v + "' is not a whole number");
                return 0;
            }
            return Long.parseLong(v);
        }

        public LocalDate date(String column) {
            String v = raw(column);
            if (v.isEmpty()) {
                error(column, column + " is required: a date as YYYY-MM-DD");
                return LocalDate.EPOCH;
            }
            return parseDate(column, v).orElse(LocalDate.EPOCH);
        }

        public Optional<LocalDate> optDate(String column) {
            String v = raw(column);
            return v.isEmpty() ? Optional.empty() : parseDate(column, v);
        }

        private Optional<LocalDate> parseDate(String column, String v) {
            try {
                return Optional.of(LocalDate.parse(v));
            } catch (DateTimeParseException e) {
                error(column, "'" + v + "' is not a date: use YYYY-MM-DD");
                return Optional.empty();
            }
        }

        public <E extends Enum<E>> E choice(String column, Class<E> type) {
            String v = raw(column);
            String allowed = Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            for (E c : type.getEnumConstants()) {
                if (c.name().equalsIgnoreCase(v)) {
                    return c;
                }
            }
            error(
                    column,
                    (v.isEmpty() ? column + " is required" : "'" + v + "' is not a valid " + column) + ": use one of "
                            + allowed);
            return type.getEnumConstants()[0];
        }

        /** The {@code source}, {@code confidence} and {@code note} columns. */
        public Provenance provenance() {
            List<String> sources = list("source");
            String conf = raw("confidence");
            Optional<Confidence> c = Confidence.parse(conf);
            if (c.isEmpty()) {
                error(
                        "confidence",
                        (conf.isEmpty() ? "confidence is required" : "'" + conf + "' is not a confidence")
                                + ": use reported, derived, unconfirmed, conflict or illustrative");
                return Provenance.illustrative("");
            }
            if (sources.isEmpty() && c.get() != Confidence.ILLUSTRATIVE) {
                error(
                        "source",
                        "this fact has no source: add a source id from sources.csv, or set confidence to illustrative");
                return Provenance.illustrative("");
            }
            parsed = new Provenance(sources, c.get(), raw("note"));
            return parsed;
        }

        /** Whether a getter (or {@link #error}) already found a problem in this row. */
        public boolean broken() {
            return broken;
        }

        /** The provenance {@link #provenance()} read from this row, if it was asked for and valid. */
        Optional<Provenance> parsedProvenance() {
            return Optional.ofNullable(parsed);
        }

        /**
         * Builds a model value unless a getter already failed; a {@link ModelException} from a record's
         * constructor becomes a problem at the column it names.
         */
        public <T> Optional<T> build(Supplier<T> factory) {
            if (broken) {
                return Optional.empty();
            }
            try {
                return Optional.of(factory.get());
            } catch (ModelException e) {
                error(e.field(), e.getMessage());
                return Optional.empty();
            }
        }
    }
}
