package dev.crossroads.relations.extract;

import java.util.List;
import java.util.Optional;

/**
 * An event read from one sentence, with its provenance: the article, the sentence (its index, its text and
 * where it starts in the article), the actors' and the verb's character offsets in the sentence.
 * {@code venue}: the state where talks were held when it is not a party ("talks in Azerbaijan").
 * {@code sources} or {@code targets} may be empty when the sentence names no actor on that side.
 */
public record ExtractedEvent(String articleId, int sentenceIndex, int sentenceStart, String sentence,
                             List<ActorMention> sources, List<ActorMention> targets, CameoCode cameo,
                             Modality modality, String trigger, int verbStart, int verbEnd, int lexiconLine,
                             Optional<ActorMention> venue) {
    public ExtractedEvent {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        if (verbStart < 0 || verbEnd < verbStart || verbEnd > sentence.length()) {
            throw new IllegalArgumentException("verb span [" + verbStart + ", " + verbEnd + ") lies outside the sentence");
        }
    }

    /** How much the event counts in the ledger: its modality's weight. */
    public double weight() {
        return modality.weight();
    }

    public Optional<String> plover() {
        return cameo.plover();
    }
}
