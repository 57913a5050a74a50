package dev.crossroads.core.model;

import dev.crossroads.core.Checks;
import dev.crossroads.core.ModelException;

/** A public source cited by the pack: publisher, title, date as given (may be partial or empty), URL as text. */
public record Source(String id, String publisher, String title, String date, String url, String note) {
    public Source {
        Checks.notBlank("id", id);
        publisher = Checks.text(publisher);
        title = Checks.text(title);
        date = Checks.text(date);
        url = Checks.text(url);
        note = Checks.text(note);
        if (publisher.isBlank() && title.isBlank() && url.isBlank()) {
            throw new ModelException("title", "a source needs at least a publisher, a title or a URL");
        }
        if (!date.isBlank() && !date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new ModelException("date", "'" + date + "' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY");
        }
    }
}
