package dev.crossroads.relations.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The second round of verb families and modality rules (issue 15 item 4): concessions, investigations, force
 * posture, refusals, failed negotiations, announced restrictions. Sentences written for this test; the main
 * event of each is checked (CAMEO code, PLOVER type, source, target).
 */
class EventTypeFamiliesTest {
    static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractor.standard();
    }

    @ParameterizedTest(name = "{0} -> {1} {2} {3}>{4}")
    @CsvSource(
            delimiter = '|',
            value = {
                // concessions: easing rules or visas, granting permits, allowing what was forbidden
                "Egypt relaxed visa rules for Sudanese traders.|081|CONCEDE|EGY|SDN",
                "Turkmenistan granted permits to foreign reporters.|081|CONCEDE|TKM|TKM",
                "Belarus allowed opposition candidates to register.|081|CONCEDE|BLR|BLR",
                "Georgia will not meet the demands of Russia.|124|REJECT|GEO|RUS",
                // investigations
                "The Council of Europe sent monitors to Armenia.|090|INVESTIGATE|IGO|ARM",
                "Azerbaijani lawmakers held hearings on the explosion.|090|INVESTIGATE|AZE|-",
                "The IAEA carried out an inspection in Syria.|090|INVESTIGATE|IGO|SYR",
                // force posture
                "Iran bolstered its forces near Azerbaijan.|154|MOBILIZE|IRN|AZE",
                "Armenia called up reservists on Monday.|154|MOBILIZE|ARM|-",
                "Russia stationed missiles near Finland.|150|MOBILIZE|RUS|FIN",
                "Serbia placed its army on high alert.|152|MOBILIZE|SRB|-",
                // refusals and failed negotiations
                "Azerbaijan ruled out talks with Armenia.|125|REJECT|AZE|ARM",
                "Argentina backed out of the trade deal with Brazil.|127|REJECT|ARG|BRA",
                "Syria said it would not accept Israeli aid.|120|REJECT|SYR|ISR",
                "Jordan won't extradite the suspect to Iraq.|121|REJECT|JOR|IRQ",
                "Georgia and Russia failed to reach an agreement on trade.|164|SANCTION|GEO|-",
                // the weapon makes an attack conventional force: aircraft 195, artillery and tanks 194
                "Russian helicopters attacked a convoy in Syria.|195|FIGHT|RUS|SYR",
                "Armenian artillery attacked Azerbaijani villages.|194|FIGHT|ARM|AZE",
                "Gunmen from Syria attacked a Turkish patrol.|180|ASSAULT|SYR|TUR",
                // an announced restriction is a threat
                "Turkey plans to impose tariffs on Israeli steel.|131|THREATEN|TUR|ISR",
                "Syria will extend the curfew in Damascus.|137|THREATEN|SYR|SYR",
            })
    void mainEventType(String sentence, String code, String plover, String source, String target) {
        List<ExtractedEvent> main =
                Extraction.mainEvents(extractor.extractSentence(sentence, LocalDate.of(2025, 1, 1)));

        assertThat(main).as(sentence).hasSize(1);
        ExtractedEvent e = main.get(0);
        assertThat(e.cameo().code()).as(sentence + " coded " + e.cameo()).isEqualTo(code);
        assertThat(e.plover()).as(sentence).contains(plover);
        assertThat(e.ploverSources())
                .as(sentence)
                .extracting(ActorMention::code)
                .contains(source);
        if (target.equals("-")) {
            assertThat(e.ploverTargets()).as(sentence).isEmpty();
        } else {
            assertThat(e.ploverTargets())
                    .as(sentence)
                    .extracting(ActorMention::code)
                    .contains(target);
        }
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // a plain negation is not a refusal; negated force is not one either
                "Iran did not attend the summit in Baku.|CONSULT|NEGATED",
                "Iran said it would not attack Azerbaijan.|ASSAULT|NEGATED",
                // a future show of force is not a threat; a release announced is an intent to cooperate
                "Russia will deploy troops near Georgia.|MOBILIZE|FUTURE",
                "Israel will release the Syrian prisoners.|AGREE|FUTURE",
            })
    void notRefusalsOrThreats(String sentence, String plover, Modality modality) {
        ExtractedEvent e = Extraction.mainEvents(extractor.extractSentence(sentence, LocalDate.of(2025, 1, 1)))
                .get(0);

        assertThat(e.plover()).as(sentence).contains(plover);
        assertThat(e.modality()).as(sentence).isEqualTo(modality);
    }
}
