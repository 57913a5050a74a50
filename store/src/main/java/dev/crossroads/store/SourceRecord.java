package dev.crossroads.store;

import java.util.Objects;
import java.util.Optional;

/**
 * One row of a pack's {@code sources.csv}.
 *
 * @param id the source id within its pack, e.g. {@code s01}
 * @param publisher who published it (may be empty)
 * @param title title of the document (may be empty)
 * @param date {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty when undated
 * @param url where to find it
 * @param note free text
 */
public record SourceRecord(
        String id, String publisher, String title, Optional<String> date, Optional<String> url, Optional<String> note) {

    /** Checks that no component is null; blank optional values become empty. */
    public SourceRecord {
        Jdbc.requireText("source id", id);
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(title, "title");
        date = Objects.requireNonNull(date, "date").filter(s -> !s.isBlank());
        url = Objects.requireNonNull(url, "url").filter(s -> !s.isBlank());
        note = Objects.requireNonNull(note, "note").filter(s -> !s.isBlank());
    }
}
