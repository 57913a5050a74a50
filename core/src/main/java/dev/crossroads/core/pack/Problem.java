package dev.crossroads.core.pack;

import java.util.Comparator;

/**
 * One thing wrong with a pack, located at {@code file:line:column} (1-based; 0 when the whole file or line
 * is meant).
 */
public record Problem(Severity severity, String file, int line, int column, String message) {
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    public enum Severity {
        ERROR,
        WARNING
    }

    public String location() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return location() + ": " + (severity == Severity.WARNING ? "warning: " : "") + message;
    }
}
