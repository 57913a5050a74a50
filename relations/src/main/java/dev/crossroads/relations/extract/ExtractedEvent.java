package dev.crossroads.relations.extract;

import java.util.List;
import java.util.Optional;

/**
 * An event read from one sentence, with its provenance: the article, the sentence (its index, its text and
 * where it starts in the article), the actors' and the verb's character offsets in the sentence.
 * {@code venue}: the state where talks were held when it is not a party ("talks in Azerbaijan").
 * {@code sources} or {@code targets} may be empty when the sentence names no actor on that side.
 * {@code mediator}: a third party that hosts, facilitates or mediates talks between the sources and the
 * targets ("Azerbaijan contributed to the re-establishment of dialogue between Türkiye and Israel": mediator
 * AZE, source TUR, target ISR). In PLOVER's convention the mediator is the event's source and the parties its
 * targets: {@link #ploverSources()} and {@link #ploverTargets()}.
 * {@code main}: whether this is the act the sentence reports rather than a background or subordinate event
 * beside it (see {@link MainEvent}); one event per sentence is main, and the ledger keeps every event.
 */
public record ExtractedEvent(
        String articleId,
        int sentenceIndex,
        int sentenceStart,
        String sentence,
        List<ActorMention> sources,
        List<ActorMention> targets,
        CameoCode cameo,
        Modality modality,
        String trigger,
        int verbStart,
        int verbEnd,
        int lexiconLine,
        Optional<ActorMention> venue,
        Optional<ActorMention> mediator,
        boolean main) {
    /** An event that is its sentence's main event. */
    public ExtractedEvent(
            String articleId,
            int sentenceIndex,
            int sentenceStart,
            String sentence,
            List<ActorMention> sources,
            List<ActorMention> targets,
            CameoCode cameo,
            Modality modality,
            String trigger,
            int verbStart,
            int verbEnd,
            int lexiconLine,
            Optional<ActorMention> venue,
            Optional<ActorMention> mediator) {
        this(
                articleId,
                sentenceIndex,
                sentenceStart,
                sentence,
                sources,
                targets,
                cameo,
                modality,
                trigger,
                verbStart,
                verbEnd,
                lexiconLine,
                venue,
                mediator,
                true);
    }

    public ExtractedEvent(
            String articleId,
            int sentenceIndex,
            int sentenceStart,
            String sentence,
            List<ActorMention> sources,
            List<ActorMention> targets,
            CameoCode cameo,
            Modality modality,
            String trigger,
            int verbStart,
            int verbEnd,
            int lexiconLine,
            Optional<ActorMention> venue) {
        this(
                articleId,
                sentenceIndex,
                sentenceStart,
                sentence,
                sources,
                targets,
                cameo,
                modality,
                trigger,
                verbStart,
                verbEnd,
                lexiconLine,
                venue,
                Optional.empty());
    }

    public ExtractedEvent {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        if (verbStart < 0 || verbEnd < verbStart || verbEnd > sentence.length()) {
            throw new IllegalArgumentException(
                    "verb span [" + verbStart + ", " + verbEnd + ") lies outside the sentence");
        }
    }

    /** The same event, marked as its sentence's main event or not. */
    ExtractedEvent withMain(boolean isMain) {
        return new ExtractedEvent(
                articleId,
                sentenceIndex,
                sentenceStart,
                sentence,
                sources,
                targets,
                cameo,
                modality,
                trigger,
                verbStart,
                verbEnd,
                lexiconLine,
                venue,
                mediator,
                isMain);
    }

    /** How much the event counts in the ledger: its modality's weight. */
    public double weight() {
        return modality.weight();
    }

    /** Whether a third party mediates between the sources and the targets. */
    public boolean mediation() {
        return mediator.isPresent();
    }

    /** The actors PLOVER codes as the source: the mediator of a mediation, else the sources. */
    public List<ActorMention> ploverSources() {
        return mediator.map(List::of).orElse(sources);
    }

    /** The actors PLOVER codes as the target: both parties of a mediation, else the targets. */
    public List<ActorMention> ploverTargets() {
        if (mediator.isEmpty()) {
            return targets;
        }
        List<ActorMention> parties = new java.util.ArrayList<>(sources);
        parties.addAll(targets);
        return List.copyOf(parties);
    }

    /**
     * The PLOVER type: the CAMEO code's, except that a cooperative act announced for the future ("will visit",
     * "said it would release") is AGREE, as the PLOVER codebook codes "all cooperative actions reported in
     * future tense" as intentions.
     */
    public Optional<String> plover() {
        if (modality == Modality.FUTURE && Stance.announcedCooperation(cameo.code())) {
            return Optional.of("AGREE");
        }
        return cameo.plover();
    }
}
