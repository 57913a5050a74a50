package dev.crossroads.relations.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A reported obligation is the reporter's demand; announced or conditional force is a threat, not the act. */
class StanceTest {
    static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractor.standard();
    }

    @ParameterizedTest(name = "{0} -> {1} {2}>{3} {4}")
    @CsvSource(
            delimiter = '|',
            value = {
                // obligations: the reporter demands the act of the clause's subject, whatever the act's verb
                "Azerbaijan said Armenia must withdraw its troops.|DEMAND|AZE|ARM|ASSERTED",
                "Türkiye insisted that Israel should halt the strikes.|DEMAND|TUR|ISR|ASSERTED",
                "Syria has to reopen the border, the Jordanian foreign minister said.|DEMAND|JOR|SYR|ASSERTED",
                "Qatar said Syria must hold elections.|DEMAND|QAT|SYR|ASSERTED",
                // threats: force announced by its actor, or promised under a condition
                "Iran said it would attack Azerbaijan.|THREATEN|IRN|AZE|ASSERTED",
                "Israel will strike Syria if the convoys continue.|THREATEN|ISR|SYR|ASSERTED",
                "Russia said it would impose sanctions on Georgia.|THREATEN|RUS|GEO|ASSERTED",
                // a day between the reporting verb and the pronoun
                "Chilean truckers said on Friday they would blockade Santiago from Monday.|THREATEN|CHL|CHL|ASSERTED",
                // not threats: a guess about an actor, a plain future, a negated act
                "Israel may attack Syria if the talks fail.|ASSAULT|ISR|SYR|HYPOTHETICAL",
                "Russia will deploy troops near Georgia.|MOBILIZE|RUS|GEO|FUTURE",
                "Iran said it would not attack Azerbaijan.|ASSAULT|IRN|AZE|NEGATED",
                // an announced act under a coercive condition is a threat; under a plain condition a promise
                "Russia said it will withdraw from the treaty unless Azerbaijan changes course.|THREATEN|RUS|AZE|ASSERTED",
                "Syria will withdraw its forces if Türkiye agrees to the plan.|AGREE|SYR|TUR|FUTURE",
                // a promise of force is a threat
                "Iran vowed to attack Azerbaijani positions.|THREATEN|IRN|AZE|ASSERTED",
                // so is a promised protest (CAMEO 133), aimed at the protesters' own state when no one else is named
                "Bolivian coca growers vowed to block the main highways.|THREATEN|BOL|BOL|ASSERTED",
                "French farmers said they would block motorways around Paris next week.|THREATEN|FRA|FRA|ASSERTED",
                "South African miners threatened a nationwide strike over wages.|THREATEN|ZAF|ZAF|ASSERTED",
                // stopping aid or supplies: an act of its own, a threat when announced under a condition
                "The EU said it would freeze aid to Mali unless elections were held.|THREATEN|IGO|MLI|ASSERTED",
                "Russia cut gas supplies to Ukraine on Sunday.|SANCTION|RUS|UKR|ASSERTED",
                "Turkey gave Sweden until Friday to extradite the suspects.|THREATEN|TUR|SWE|ASSERTED",
                // a warning of consequences is a threat; a warning of a danger is not
                "China warned the Philippines of serious consequences over the reef.|THREATEN|CHN|PHL|ASSERTED",
                "Egypt warned of famine in Sudan.|DISAPPROVE|EGY|SDN|ASSERTED",
                // announced cooperation is an intention (PLOVER AGREE), reported speech's "would" is its future
                "The Syrian president will visit Azerbaijan in July.|AGREE|SYR|AZE|FUTURE",
                "Türkiye said it would release the Syrian detainees.|AGREE|TUR|SYR|FUTURE",
                "Azerbaijan could further cement ties with Syria.|SUPPORT|AZE|SYR|HYPOTHETICAL",
                "Azerbaijan hosted the Syrian president.|CONSULT|AZE|SYR|ASSERTED"
            })
    void stance(String sentence, String plover, String source, String target, Modality modality) {
        List<ExtractedEvent> events = extractor.extractSentence(sentence, LocalDate.of(2025, 1, 1));
        assertThat(events).as(sentence).isNotEmpty();
        ExtractedEvent e = events.get(0);
        assertThat(e.plover()).as(sentence).contains(plover);
        assertThat(e.sources()).extracting(ActorMention::code).as(sentence).containsExactly(source);
        assertThat(e.targets()).extracting(ActorMention::code).as(sentence).containsExactly(target);
        assertThat(e.modality()).as(sentence).isEqualTo(modality);
    }
}
