package dev.crossroads.core.pack;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Keys and references between the pack's files: duplicate keys, and ids that name nothing (with the nearest
 * known id as a suggestion). A reference to a row that failed on its own is not reported twice.
 */
final class References {
    private final LoadContext ctx;

    References(LoadContext ctx) {
        this.ctx = ctx;
    }

    /** The keys of {@code items}; a key seen twice is an error on the second row, naming the first one's line. */
    <T> Set<String> unique(Collection<T> items, Function<T, String> key, String column, String what) {
        Map<String, CsvTable.Row> seen = new HashMap<>();
        Set<String> keys = new HashSet<>();
        for (T item : items) {
            String k = key.apply(item);
            CsvTable.Row row = ctx.origin(item);
            CsvTable.Row first = seen.putIfAbsent(k, row);
            if (first != null) {
                row.error(column, "duplicate " + what + " " + k + ": already defined on line " + first.line());
            }
            keys.add(k);
        }
        return keys;
    }

    /** An error on {@code item}'s row when {@code value} is not among the ids {@code known} in {@code where}. */
    void ref(Object item, String column, String value, Set<String> known, String where) {
        if (!known.contains(value) && !ctx.broken(where, value)) {
            CsvTable.Row row = ctx.origin(item);
            row.error(
                    column,
                    "unknown " + column.replace('_', ' ') + " '" + value + "': not defined in " + where
                            + suggestion(value, known));
        }
    }

    /** " (did you mean 'x'?)" for the closest known id, when one is close enough; empty otherwise. */
    static String suggestion(String value, Set<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(value.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best != null && bestDistance <= Math.max(2, value.length() / 3) ? " (did you mean '" + best + "'?)" : "";
    }

    /** The Levenshtein distance between two strings. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
