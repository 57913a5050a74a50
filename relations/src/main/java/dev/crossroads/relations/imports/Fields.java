package dev.crossroads.relations.imports;

import dev.crossroads.relations.extract.Cameo;
import dev.crossroads.relations.extract.CameoCode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Splitting a line into fields and reading typed fields with errors that name the column. */
final class Fields {
    private Fields() {}

    /** A field that cannot be read: the message names the column and what was expected. */
    static final class BadField extends RuntimeException {
        BadField(String message) {
            super(message, null, false, false);
        }
    }

    /** The tab-separated fields of {@code line} (empty fields kept, a trailing carriage return dropped). */
    static String[] tabs(String line) {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            end--;
        }
        int n = 1;
        for (int i = 0; i < end; i++) {
            if (line.charAt(i) == '\t') {
                n++;
            }
        }
        String[] out = new String[n];
        int from = 0;
        int k = 0;
        for (int i = 0; i < end; i++) {
            if (line.charAt(i) == '\t') {
                out[k++] = line.substring(from, i);
                from = i + 1;
            }
        }
        out[k] = line.substring(from, end);
        return out;
    }

    /**
     * The comma-separated fields of one CSV record on one line (RFC 4180 quoting: a quoted field may hold commas
     * and doubled quotes). A quoted field left open at the end of the line is an error: records must not span
     * lines.
     */
    static String[] csv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            end--;
        }
        int i = 0;
        while (true) {
            cur.setLength(0);
            if (i < end && line.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < end) {
                    char c = line.charAt(i);
                    if (c == '"') {
                        if (i + 1 < end && line.charAt(i + 1) == '"') {
                            cur.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        closed = true;
                        break;
                    }
                    cur.append(c);
                    i++;
                }
                if (!closed) {
                    throw new BadField("field " + (out.size() + 1)
                            + ": a quoted field is not closed on this line (records must not span lines)");
                }
                if (i < end && line.charAt(i) != ',') {
                    throw new BadField("field " + (out.size() + 1) + ": text after the closing quote");
                }
            } else {
                while (i < end && line.charAt(i) != ',') {
                    cur.append(line.charAt(i));
                    i++;
                }
            }
            out.add(cur.toString());
            if (i >= end) {
                return out.toArray(String[]::new);
            }
            i++; // the comma
        }
    }

    static String column(int index, String name) {
        return "column " + (index + 1) + " (" + name + ")";
    }

    /** A date written {@code yyyyMMdd} (GDELT) or {@code yyyy-MM-dd}. */
    static LocalDate date(String value, String column) {
        String v = value.strip();
        try {
            if (v.length() == 8 && v.chars().allMatch(Character::isDigit)) {
                return LocalDate.of(
                        Integer.parseInt(v.substring(0, 4)),
                        Integer.parseInt(v.substring(4, 6)),
                        Integer.parseInt(v.substring(6, 8)));
            }
            if (v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
                return LocalDate.parse(v);
            }
        } catch (DateTimeException | NumberFormatException e) {
            // reported below
        }
        throw new BadField(column + ": '" + v + "' is not a date (yyyyMMdd or yyyy-MM-dd)");
    }

    static int integer(String value, String column, int min) {
        String v = value.strip();
        try {
            int n = Integer.parseInt(v);
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadField(column + ": '" + v + "' is not a whole number >= " + min);
    }

    static double number(String value, String column, double min, double max) {
        String v = value.strip();
        try {
            double d = Double.parseDouble(v);
            if (d >= min && d <= max) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadField(column + ": '" + v + "' is not a number in [" + min + ", " + max + "]");
    }

    static String required(String value, String column) {
        String v = value.strip();
        if (v.isEmpty()) {
            throw new BadField(column + " is empty");
        }
        return v;
    }

    static Optional<String> optional(String value) {
        String v = value.strip();
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /** A three-letter country code (upper-cased) or empty; anything else is an error. */
    static Optional<String> country(String value, String column) {
        String v = value.strip();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.length() == 3 && v.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
            return Optional.of(v.toUpperCase(java.util.Locale.ROOT));
        }
        throw new BadField(column + ": '" + v + "' is not a three-letter country code");
    }

    /**
     * The CAMEO code as listed in the module's table ({@code code} itself or its nearest listed parent, for the
     * scores and the PLOVER type). ICEWS drops leading zeros ({@code 42} for {@code 042}): a code of one or two
     * digits whose root is not 01..20 gets its zero back.
     */
    static CameoCode cameo(String value, String column) {
        String v = value.strip();
        if (!v.matches("\\d{1,4}")) {
            throw new BadField(column + ": '" + v + "' is not a CAMEO code (2 to 4 digits)");
        }
        Optional<CameoCode> found = Cameo.standard().find(v);
        if (found.isEmpty() || !found.get().root().equals(v.substring(0, Math.min(2, v.length())))) {
            throw new BadField(column + ": unknown CAMEO code '" + v + "' (the CAMEO roots are 01 to 20)");
        }
        return found.get();
    }
}
