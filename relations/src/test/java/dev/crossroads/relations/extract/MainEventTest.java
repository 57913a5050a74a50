package dev.crossroads.relations.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The main event of a sentence is its main clause's act, not a background event noun, a subordinate or relative
 * clause's event, an attribution, or an adjective or participle before a noun. Sentences written for this test.
 */
class MainEventTest {
    static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractor.standard();
    }

    private static List<ExtractedEvent> events(String sentence) {
        return extractor.extractSentence(sentence, LocalDate.of(2020, 6, 1));
    }

    @ParameterizedTest(name = "{0} -> {1} [{2}]")
    @CsvSource(
            delimiter = '|',
            value = {
                // background event nouns after following / after / since / despite / amid / during
                "Following the shelling of its border post, Tajikistan recalled its ambassador from Kyrgyzstan.|SANCTION|recalled",
                "After the kidnapping of two engineers, Nigeria asked Benin for help.|DEMAND|asked",
                "Despite the fighting in the south, Yemen and Oman agreed to reopen the border.|AGREE|agreed",
                "During the visit to Hanoi, Japan criticised China over the islands.|DISAPPROVE|criticised",
                // subordinate and relative clauses
                "When the strike began, Argentina recalled its ambassador from Uruguay.|SANCTION|recalled",
                "Latvia, which had condemned the drills, invited Lithuania to joint talks.|DEMAND|invited",
                "The Chilean minister, who was accused of corruption, met Bolivian officials.|CONSULT|met",
                // an opening participial clause and a participle before a noun
                "Criticised for the delays, Norway sent aid to Ukraine.|AID|sent aid",
                "The arrested Indian fishermen were released by Pakistan on Monday.|RETREAT|released",
                // an attribution
                "Sudan attacked rebel camps in Chad, according to a statement released by N'Djamena.|ASSAULT|attacked",
                // an opening adverbial phrase; a hyphenated participle before a name
                "With the signing of the truce, Chad and Sudan agreed to reopen the border.|AGREE|agreed",
                "In response to the raids, Jordan recalled its ambassador from Israel.|SANCTION|recalled",
                "Villagers in the Turkish-occupied north of Cyprus protested against the new checkpoints.|PROTEST|protested",
                // the noun a hyphenated participle modifies is an act of its own ("long-threatened invasion")
                "Eritrea launched its long-threatened invasion of Djibouti.|FIGHT|invasion",
                // a past tense the tagger reads as a preposition after a hyphenated compound
                "Iranian-backed militias attacked a Saudi pipeline.|ASSAULT|attacked",
            })
    void theMainClauseActIsTheMainEvent(String sentence, String plover, String trigger) {
        List<ExtractedEvent> all = events(sentence);
        List<ExtractedEvent> main = Extraction.mainEvents(all);

        assertThat(all).as("every event is kept").hasSizeGreaterThanOrEqualTo(2);
        assertThat(main).hasSize(1);
        assertThat(main.get(0).trigger()).startsWith(trigger);
        assertThat(main.get(0).plover()).contains(plover);
        assertThat(all.stream().filter(ExtractedEvent::main)).containsExactly(main.get(0));
    }

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(
            delimiter = '|',
            value = {
                // adverbs, not subordinators: the main clause's verb stays the main event
                "Estonia has once again condemned Russian strikes on Ukraine.|condemned",
                "Kenya has since condemned the attacks on Somali villages.|condemned",
                // the first event of the main clause, when no clause is subordinate
                "Morocco condemned the attack and recalled its ambassador from Algeria.|condemned",
            })
    void aMainClauseVerbStaysTheMainEvent(String sentence, String trigger) {
        List<ExtractedEvent> main = Extraction.mainEvents(events(sentence));

        assertThat(main).hasSize(1);
        assertThat(main.get(0).trigger()).startsWith(trigger);
    }

    @Test
    void anArticleHasOneMainEventPerSentenceWithEvents() {
        Extraction x = extractor.extract(new Article(
                "a1",
                "After the bombing of a market, Niger arrested three Malian men. "
                        + "The weather was mild. Mali condemned the arrests.",
                LocalDate.of(2020, 6, 1)));

        assertThat(x.mainEvents()).extracting(ExtractedEvent::sentenceIndex).containsExactly(0, 2);
        assertThat(x.mainEvents()).extracting(ExtractedEvent::trigger).containsExactly("arrested", "condemned");
        assertThat(x.events()).hasSizeGreaterThan(x.mainEvents().size());
    }

    @Test
    void eventsMadeWithoutAFlagCountAsMain() {
        ExtractedEvent first = events("Mali condemned the arrests.").get(0).withMain(false);

        assertThat(Extraction.mainEvents(List.of(first))).containsExactly(first);
    }
}
