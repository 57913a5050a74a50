package dev.crossroads.relations.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The development set (sentences written for this project, one group per PLOVER type) stays coded: a lexicon or
 * rule change that loses what it gained shows here before it shows on the public gold set.
 */
class DevSetTest {
    @Test
    void developmentSentencesAreCodedByTypeAndActors() {
        DevSet.Score score = DevSet.score(Extractor.standard());

        assertThat(score.records()).isGreaterThanOrEqualTo(150);
        assertThat(score.typeAccuracy())
                .as("event type accuracy; misses: %s", score.misses())
                .isGreaterThanOrEqualTo(0.93);
        assertThat(score.sourceF1()).as("source F1; misses: %s", score.misses()).isGreaterThanOrEqualTo(0.97);
        assertThat(score.targetF1()).as("target F1; misses: %s", score.misses()).isGreaterThanOrEqualTo(0.91);
    }

    /** Sentences written after the changes and never used to make them (see heldout-events.tsv). */
    @Test
    void heldOutSentencesAreCodedByTypeAndActors() {
        DevSet.Score score = DevSet.score(Extractor.standard(), DevSet.HELD_OUT);

        assertThat(score.records()).isEqualTo(40);
        assertThat(score.typeAccuracy())
                .as("event type accuracy; misses: %s", score.misses())
                .isGreaterThanOrEqualTo(0.85);
        assertThat(score.sourceF1()).as("source F1; misses: %s", score.misses()).isGreaterThanOrEqualTo(0.93);
        assertThat(score.targetF1()).as("target F1; misses: %s", score.misses()).isGreaterThanOrEqualTo(0.92);
    }

    /** Who an event is between: attribution, places, modifiers, joint actors, passives (dev-structure.tsv). */
    @Test
    void structureSentencesAreCodedByActors() {
        DevSet.Score score = DevSet.score(Extractor.standard(), DevSet.STRUCTURE);

        assertThat(score.records()).isGreaterThanOrEqualTo(80);
        assertThat(score.typeAccuracy())
                .as("event type accuracy; misses: %s", score.misses())
                .isGreaterThanOrEqualTo(0.82);
        assertThat(score.sourceF1()).as("source F1; misses: %s", score.misses()).isGreaterThanOrEqualTo(0.96);
        assertThat(score.targetF1()).as("target F1; misses: %s", score.misses()).isGreaterThanOrEqualTo(0.95);
    }

    /** Held-out sentences for the same phenomena, written before the phrase-structure rules (heldout-structure.tsv). */
    @Test
    void heldOutStructureSentencesAreCodedByActors() {
        DevSet.Score score = DevSet.score(Extractor.standard(), DevSet.STRUCTURE_HELD_OUT);

        assertThat(score.records()).isEqualTo(47);
        assertThat(score.typeAccuracy())
                .as("event type accuracy; misses: %s", score.misses())
                .isGreaterThanOrEqualTo(0.89);
        assertThat(score.sourceF1()).as("source F1; misses: %s", score.misses()).isGreaterThanOrEqualTo(0.93);
        assertThat(score.targetF1()).as("target F1; misses: %s", score.misses()).isGreaterThanOrEqualTo(0.92);
    }
}
