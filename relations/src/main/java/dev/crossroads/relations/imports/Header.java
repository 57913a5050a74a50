package dev.crossroads.relations.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The columns of a file with a header line, found by name (case and spacing do not matter). */
final class Header {
    private final Map<String, Integer> index = new HashMap<>();
    private final int columns;

    Header(String[] names) {
        for (int i = 0; i < names.length; i++) {
            index.putIfAbsent(key(names[i]), i);
        }
        this.columns = names.length;
    }

    private static String key(String name) {
        return name.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ");
    }

    int columns() {
        return columns;
    }

    /** The index of the first of {@code names} present; an error naming the format when none is. */
    int require(String format, String... names) {
        for (String n : names) {
            Integer i = index.get(key(n));
            if (i != null) {
                return i;
            }
        }
        throw new IllegalArgumentException("the header has no column '" + names[0] + "': is this a " + format
                + " file? Expected columns " + List.of(names));
    }

    /** The index of the first of {@code names} present, if any. */
    Optional<Integer> find(String... names) {
        for (String n : names) {
            Integer i = index.get(key(n));
            if (i != null) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
