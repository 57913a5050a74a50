package dev.crossroads.relations.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The development set (sentences written for this project, one group per PLOVER type) stays coded: a lexicon or
 * rule change that loses what it gained shows here before it shows on the public gold set.
 */
class DevSetTest {
    @Test
    void developmentSentencesAreCodedByTypeAndActors() {
        DevSet.Score score = DevSet.score(Extractor.standard());

        assertThat(score.records()).isGreaterThanOrEqualTo(230);
        assertThat(score.typeAccuracy())
                .as("event type accuracy; misses: %s", score.misses())
                .isGreaterThanOrEqualTo(0.95);
        assertThat(score.sourceF1()).as("source F1; misses: %s", score.misses()).isGreaterThanOrEqualTo(0.97);
        assertThat(score.targetF1()).as("target F1; misses: %s", score.misses()).isGreaterThanOrEqualTo(0.95);
    }

    /** Sentences written after the changes and never used to make them (see heldout-events.tsv). */
    @Test
    void heldOutSentencesAreCodedByTypeAndActors() {
        assertScores(DevSet.score(Extractor.standard(), DevSet.HELD_OUT), 40, 0.85, 0.93, 0.92);
    }

    /**
     * Sentences on main-event choice and the second round's types, written before that round's changes and never
     * used to make them (see heldout-types.tsv): 0.340 type accuracy before, 0.936 after; six sentences on goods,
     * units and missions sent to a place added on 2026-12-08 before their lexicon lines (0.887 with them before, 0.943 after).
     */
    @Test
    void heldOutTypeSentencesAreCodedByTypeAndActors() {
        assertScores(DevSet.score(Extractor.standard(), DevSet.HELD_OUT_TYPES), 53, 0.91, 0.95, 0.90);
    }

    /** Who an event is between: attribution, places, modifiers, joint actors, passives (dev-structure.tsv). */
    @Test
    void structureSentencesAreCodedByActors() {
        DevSet.Score score = DevSet.score(Extractor.standard(), DevSet.STRUCTURE);

        assertThat(score.records()).isGreaterThanOrEqualTo(80);
        assertThat(score.typeAccuracy())
                .as("event type accuracy; misses: %s", score.misses())
                .isGreaterThanOrEqualTo(0.86);
        assertThat(score.sourceF1()).as("source F1; misses: %s", score.misses()).isGreaterThanOrEqualTo(0.96);
        assertThat(score.targetF1()).as("target F1; misses: %s", score.misses()).isGreaterThanOrEqualTo(0.95);
    }

    /** Held-out sentences for the same phenomena, written before the phrase-structure rules (heldout-structure.tsv). */
    @Test
    void heldOutStructureSentencesAreCodedByActors() {
        assertScores(DevSet.score(Extractor.standard(), DevSet.STRUCTURE_HELD_OUT), 47, 0.89, 0.93, 0.92);
    }

    /**
     * Held-out sentences for whom an event is directed at (sub-national places, variant spellings, mediated talks,
     * passives, compound adjectives, fronted phrases, lifted measures, nationality nouns, offers and requests,
     * reflexives; heldout-targets.tsv), written before the fifth round's target-actor changes and never used to
     * make them: 0.833 / 0.938 / 0.804 before, 0.867 / 0.947 / 0.908 after.
     */
    @Test
    void heldOutTargetSentencesAreCodedByActors() {
        assertScores(DevSet.score(Extractor.standard(), DevSet.TARGETS_HELD_OUT), 60, 0.85, 0.93, 0.89);
    }

    @Test
    void heldOutTargetSentencesParse() {
        List<DevSet.Item> items = assertParses(DevSet.TARGETS_HELD_OUT, 60);
    }

    /**
     * Held-out sentences for the fifth round's later rules (threats, hyphenated modifiers, opening phrases, days in
     * patterns, unknown names, datelines; heldout-round5.tsv), written after those rules by someone who had not seen
     * them, never used to change them: 0.640 / 0.817 / 0.787 with the code before the round, 0.820 / 0.887 / 0.886
     * after. Threats stay the weak spot (4 of 10).
     */
    @Test
    void heldOutRound5SentencesAreCodedByTypeAndActors() {
        assertScores(DevSet.score(Extractor.standard(), DevSet.ROUND5_HELD_OUT), 50, 0.80, 0.86, 0.86);
    }

    /**
     * Held-out sentences for the fifth round's phenomena (conditional threats, dates inside threat reports,
     * hyphenated participles and compounds, opening adverbial phrases, days between verb and object, little-known
     * group names, datelines, controls; heldout-round5.tsv), written after that round's rules by someone who had not
     * seen them, and never used to change them. This test checks the file; the scores are checked above.
     */
    @Test
    void heldOutRound5SentencesParse() {
        List<DevSet.Item> items = assertParses(DevSet.ROUND5_HELD_OUT, 50);
    }

    /**
     * Held-out threats and near-threats (heldout-threats.tsv: 26 threats in varied forms, 14 controls), written
     * before the fifth round's threat rules and never used to make them: 0.725 / 0.962 / 0.909 before, 0.775 /
     * 0.962 / 0.923 after.
     */
    @Test
    void heldOutThreatSentencesAreCodedByTypeAndActors() {
        assertScores(DevSet.score(Extractor.standard(), DevSet.THREATS_HELD_OUT), 40, 0.75, 0.93, 0.89);
    }

    /**
     * Held-out sentences for threats (heldout-threats.tsv), written before the threat changes and never used to make
     * them. Only the file is checked here: score floors follow once measured.
     */
    @Test
    void heldOutThreatSentencesParse() {
        List<DevSet.Item> items = assertParses(DevSet.THREATS_HELD_OUT, 40);
        assertThat(items).filteredOn(it -> it.type().equals("THREATEN")).hasSize(26);
    }

    /** The file's record count and its score floors: type accuracy, source F1, target F1 (misses in the message). */
    private static void assertScores(DevSet.Score score, int records, double type, double source, double target) {
        assertThat(score.records()).isEqualTo(records);
        assertThat(score.typeAccuracy())
                .as("event type accuracy; misses: %s", score.misses())
                .isGreaterThanOrEqualTo(type);
        assertThat(score.sourceF1()).as("source F1; misses: %s", score.misses()).isGreaterThanOrEqualTo(source);
        assertThat(score.targetF1()).as("target F1; misses: %s", score.misses()).isGreaterThanOrEqualTo(target);
    }

    /** The file parses into {@code records} items with PLOVER types, three-letter codes and a sentence each. */
    private static List<DevSet.Item> assertParses(String file, int records) {
        List<DevSet.Item> items = DevSet.items(file);
        assertThat(items).hasSize(records);
        assertThat(items).allSatisfy(it -> {
            assertThat(it.type()).as("line %d", it.line()).isIn(PLOVER_TYPES);
            assertThat(it.sources()).as("line %d", it.line()).allMatch(c -> c.matches("[A-Z]{3}"));
            assertThat(it.targets()).as("line %d", it.line()).allMatch(c -> c.matches("[A-Z]{3}"));
            assertThat(it.sentence()).as("line %d", it.line()).isNotBlank();
        });
        return items;
    }

    private static final Set<String> PLOVER_TYPES = Set.of(
            "AGREE",
            "CONSULT",
            "SUPPORT",
            "CONCEDE",
            "COOPERATE",
            "AID",
            "RETREAT",
            "INVESTIGATE",
            "DEMAND",
            "DISAPPROVE",
            "REJECT",
            "THREATEN",
            "PROTEST",
            "MOBILIZE",
            "SANCTION",
            "COERCE",
            "ASSAULT",
            "FIGHT");
}
