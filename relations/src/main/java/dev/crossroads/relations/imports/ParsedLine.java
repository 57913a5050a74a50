package dev.crossroads.relations.imports;

import java.util.List;
import java.util.Objects;

/**
 * What one line of an event file gives: the events it codes (none for a header or a row that is not an
 * interaction between actors) or an error naming the line and the column.
 */
public sealed interface ParsedLine permits ParsedLine.Parsed, ParsedLine.Bad {
    /** The line number in the file, from 1. */
    int line();

    /** A well-formed line and the events it codes (possibly none). */
    record Parsed(int line, List<ImportedEvent> events) implements ParsedLine {
        public Parsed {
            events = List.copyOf(events);
        }
    }

    /** A malformed line: {@code error} says which column is wrong and what was expected. */
    record Bad(int line, String error) implements ParsedLine {
        public Bad {
            Objects.requireNonNull(error, "error");
        }

        /** {@code line N: error}. */
        @Override
        public String toString() {
            return "line " + line + ": " + error;
        }
    }

    /** A line that codes exactly {@code event}. */
    static ParsedLine of(int line, ImportedEvent event) {
        return new Parsed(line, List.of(event));
    }

    /** A line that codes nothing (a header, a comment). */
    static ParsedLine nothing(int line) {
        return new Parsed(line, List.of());
    }
}
