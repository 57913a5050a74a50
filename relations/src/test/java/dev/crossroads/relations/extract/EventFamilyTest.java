package dev.crossroads.relations.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One sentence per CAMEO family: code root, PLOVER type, source and target, provenance offsets. */
class EventFamilyTest {
    static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractor.standard();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Jordan urged Syria to release the prisoners.|02|DEMAND|JOR|SYR",
                "Qatar offered to help Syria rebuild its power plants.|03|AGREE|QAT|SYR",
                "The Turkish foreign minister met Syrian officials in Damascus.|04|CONSULT|TUR|SYR",
                "Georgia praised Azerbaijan for the new railway.|05|SUPPORT|GEO|AZE",
                "Azerbaijan shared intelligence with Turkey.|06|COOPERATE|AZE|TUR",
                "Azerbaijan sent humanitarian aid to Syria.|07|AID|AZE|SYR",
                "Russia released two Azerbaijani citizens.|08|RETREAT|RUS|AZE", // release is 084: RETREAT (CAMEO-PLOVER
                // table)
                "Israeli troops withdrew from Syria.|08|RETREAT|ISR|SYR",
                "Armenia investigated the incident with Azerbaijan.|09|INVESTIGATE|ARM|AZE",
                "Iran demanded that Azerbaijan close its airspace.|10|DEMAND|IRN|AZE",
                "Turkey condemned Israel over the strikes.|11|DISAPPROVE|TUR|ISR",
                "Syria rejected the Israeli proposal.|12|REJECT|SYR|ISR",
                "Iran threatened Azerbaijan over the corridor.|13|THREATEN|IRN|AZE",
                "Syrian protesters demonstrated against Israel in Damascus.|14|PROTEST|SYR|ISR",
                "Russia mobilized troops near Georgia.|15|MOBILIZE|RUS|GEO",
                "Turkey imposed sanctions on Israel.|16|SANCTION|TUR|ISR",
                "Azerbaijani police arrested two Russian journalists.|17|COERCE|AZE|RUS",
                "Syrian militants kidnapped three Turkish engineers.|18|ASSAULT|SYR|TUR",
                // aircraft employ aerial weapons: CAMEO 195, FIGHT (Stance.byWeapon)
                "Israeli jets bombed Syrian army positions.|19|FIGHT|ISR|SYR",
                "Syrian militants bombed a Turkish border post.|18|ASSAULT|SYR|TUR",
                "Israel shelled Syrian villages.|19|FIGHT|ISR|SYR"
            })
    void family(String sentence, String root, String plover, String source, String target) {
        List<ExtractedEvent> events = extractor.extractSentence(sentence, LocalDate.of(2025, 1, 1));
        assertThat(events).as(sentence).isNotEmpty();
        ExtractedEvent e = events.get(0);
        assertThat(e.cameo().root()).as(sentence + " coded " + e.cameo()).isEqualTo(root);
        assertThat(e.plover()).as(sentence).contains(plover);
        assertThat(e.sources()).as(sentence).extracting(ActorMention::code).contains(source);
        assertThat(e.targets()).as(sentence).extracting(ActorMention::code).contains(target);
    }

    @Test
    void provenanceOffsetsPointIntoTheSentence() {
        String text = "Background first. Azerbaijan signed a gas agreement with Syria on Saturday.";
        Extraction x = extractor.extract(new Article("a1", text, LocalDate.of(2025, 7, 12)));
        assertThat(x.sentences()).isEqualTo(2);
        ExtractedEvent e = x.events().get(0);
        assertThat(e.articleId()).isEqualTo("a1");
        assertThat(e.sentenceIndex()).isEqualTo(1);
        assertThat(text.substring(
                        e.sentenceStart(), e.sentenceStart() + e.sentence().length()))
                .isEqualTo(e.sentence());
        assertThat(e.sentence().substring(e.verbStart(), e.verbEnd())).isEqualTo("signed");
        ActorMention s = e.sources().get(0);
        assertThat(e.sentence().substring(s.start(), s.end())).isEqualTo("Azerbaijan");
        ActorMention t = e.targets().get(0);
        assertThat(e.sentence().substring(t.start(), t.end())).isEqualTo("Syria");
        assertThat(e.cameo().code()).isEqualTo("057");
        assertThat(e.cameo().goldstein()).isEqualTo(8.0);
    }

    @Test
    void passiveVoiceSwapsSourceAndTarget() {
        ExtractedEvent e = extractor
                .extractSentence("A Syrian village was attacked by Israeli troops.", LocalDate.of(2025, 1, 1))
                .get(0);
        assertThat(e.sources()).extracting(ActorMention::code).containsExactly("ISR");
        assertThat(e.targets()).extracting(ActorMention::code).containsExactly("SYR");
    }

    @Test
    void complementBelongsToTheGoverningVerb() {
        List<ExtractedEvent> events =
                extractor.extractSentence("Syria refused to meet Israeli officials.", LocalDate.of(2025, 1, 1));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).plover()).contains("REJECT");
    }

    @Test
    void capitalStandsForItsGovernment() {
        ExtractedEvent e = extractor
                .extractSentence("Baku criticized Moscow after the raid.", LocalDate.of(2025, 7, 1))
                .get(0);
        assertThat(e.sources()).extracting(ActorMention::code).containsExactly("AZE");
        assertThat(e.targets()).extracting(ActorMention::code).containsExactly("RUS");
    }

    @Test
    void talksInAThirdStateNameItAsTheVenue() {
        ExtractedEvent e = extractor
                .extractSentence("Israeli and Turkish officials held talks in Azerbaijan.", LocalDate.of(2025, 4, 9))
                .get(0);
        assertThat(e.venue()).map(ActorMention::code).contains("AZE");
        assertThat(e.sources()).extracting(ActorMention::code).containsExactly("ISR", "TUR");
    }
}
