package dev.crossroads.relations.extract;

import java.time.LocalDate;
import java.util.Objects;

/** A text to read events from: an id (for provenance), the text, and the date that dates its events. */
public record Article(String id, String text, LocalDate date) {
    public Article {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("article id is required");
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(
                date, "date: an article needs a date to resolve leaders by tenure and to date its events");
    }
}
