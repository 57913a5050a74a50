package dev.crossroads.relations.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Negation, hypotheticals and futures are marked and weigh less than what happened. */
class ModalityTest {
    static Extractor extractor;
    static final LocalDate DATE = LocalDate.of(2025, 3, 1);

    @BeforeAll
    static void load() {
        extractor = Extractor.standard();
    }

    static ExtractedEvent only(String sentence) {
        List<ExtractedEvent> events = extractor.extractSentence(sentence, DATE);
        assertThat(events).as(sentence).isNotEmpty();
        return events.get(0);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Azerbaijan did not participate in the talks with Syria.|NEGATED",
                "Iran never attacked Azerbaijan.|NEGATED",
                "Turkey didn't sign the agreement with Israel.|NEGATED",
                "Azerbaijan could further cement ties with Syria.|HYPOTHETICAL",
                "Israel may attack Syria if the talks fail.|HYPOTHETICAL",
                "Russia would recognize Syria's new government.|HYPOTHETICAL",
                "Turkey will visit Syria next month.|FUTURE",
                "Qatar plans to finance projects in Syria.|FUTURE",
                "Azerbaijan signed an agreement with Syria.|ASSERTED",
                "Israeli jets struck targets near Damascus.|ASSERTED"
            })
    void modality(String sentence, Modality expected) {
        assertThat(only(sentence).modality()).isEqualTo(expected);
    }

    @Test
    void weightsOrderWhatHappenedAboveWhatMight() {
        assertThat(Modality.ASSERTED.weight()).isGreaterThan(Modality.FUTURE.weight());
        assertThat(Modality.FUTURE.weight()).isGreaterThan(Modality.HYPOTHETICAL.weight());
        assertThat(Modality.HYPOTHETICAL.weight()).isGreaterThan(Modality.NEGATED.weight());
        assertThat(only("Azerbaijan did not participate in the talks with Syria.")
                        .weight())
                .isZero();
        assertThat(only("Azerbaijan could further cement ties with Syria.").weight())
                .isEqualTo(0.25);
    }

    @Test
    void negationDoesNotChangeTheCodeOrTheActors() {
        ExtractedEvent yes = only("Azerbaijan attended talks with Syria.");
        ExtractedEvent no = only("Azerbaijan did not attend talks with Syria.");
        assertThat(no.cameo()).isEqualTo(yes.cameo());
        assertThat(no.sources()).extracting(ActorMention::code).containsExactly("AZE");
        assertThat(no.targets()).extracting(ActorMention::code).containsExactly("SYR");
    }
}
