package dev.crossroads.relations.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the extractor read from one article: how many sentences, and the events with their provenance. */
public record Extraction(String articleId, int sentences, List<ExtractedEvent> events) {
    public Extraction {
        events = List.copyOf(events);
    }

    /**
     * One event per sentence that has events: the one marked {@link ExtractedEvent#main()}, or the sentence's
     * first event if none is marked (see {@link MainEvent}). In sentence order.
     */
    public List<ExtractedEvent> mainEvents() {
        return mainEvents(events);
    }

    /** The main event of each sentence among {@code events} (see {@link #mainEvents()}). */
    public static List<ExtractedEvent> mainEvents(List<ExtractedEvent> events) {
        Map<Integer, ExtractedEvent> bySentence = new LinkedHashMap<>();
        for (ExtractedEvent e : events) {
            ExtractedEvent seen = bySentence.get(e.sentenceIndex());
            if (seen == null || (e.main() && !seen.main())) {
                bySentence.put(e.sentenceIndex(), e);
            }
        }
        return new ArrayList<>(bySentence.values());
    }
}
