package dev.crossroads.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article and the events extracted from it, ingested together.
 *
 * @param article the article
 * @param events its events; each must be {@link EventRecord.Origin#EXTRACTED} with {@code
 *     articleId} equal to {@code article.id()}
 */
public record ArticleWithEvents(ArticleRecord article, List<EventRecord> events) {

    /** Checks that every event belongs to the article. */
    public ArticleWithEvents {
        Objects.requireNonNull(article, "article");
        events = List.copyOf(events);
        for (EventRecord e : events) {
            if (!e.articleId().equals(Optional.of(article.id()))) {
                throw new IllegalArgumentException("event " + e.id() + " does not belong to article " + article.id());
            }
        }
    }
}
