package dev.crossroads.relations.extract;

import java.util.List;

/** What the extractor read from one article: how many sentences, and the events with their provenance. */
public record Extraction(String articleId, int sentences, List<ExtractedEvent> events) {
    public Extraction {
        events = List.copyOf(events);
    }
}
