package dev.crossroads.relations.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.core.pack.PackLoader;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.relations.RelationsEngine;
import dev.crossroads.relations.ledger.LedgerEvent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mediation sentences give three-actor events; one article's repeated reports of one happening give one event
 * with every sentence. Sentences written for the test (not from any gold set).
 */
class MediationTest {
    static final RegionPack PACK = PackLoader.load(Path.of("..", "packs", "caucasus-levant"));
    static final Extractor X = Extractor.forPack(PACK);
    static final LocalDate D = LocalDate.of(2025, 7, 14);

    static List<LedgerEvent> ledger(String sentence) {
        return X.extractSentence(sentence, D).stream()
                .flatMap(e -> RelationsEngine.ledgerEvents(e, D).stream())
                .toList();
    }

    @Test
    void contributingToDialogueBetweenTwoOthersIsMediation() {
        List<LedgerEvent> l = ledger(
                "Azerbaijan has already contributed to the re-establishment of dialogue between Türkiye and Israel.");
        assertThat(l).singleElement().satisfies(e -> {
            assertThat(e.mediator()).contains("AZE");
            assertThat(List.of(e.actor1(), e.actor2())).containsExactlyInAnyOrder("TUR", "ISR");
            assertThat(e.cameo()).isEqualTo("045");
        });
        assertThat(l).noneMatch(e -> e.involves("SYR"));
    }

    @Test
    void hostingAndMediatingTalksBetweenTwoOthers() {
        assertThat(ledger("Baku hosted talks between Israeli and Syrian officials."))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.mediator()).contains("AZE");
                    assertThat(e.between("ISR", "SYR")).isTrue();
                });
        assertThat(ledger("Qatar mediated between Jordan and Iraq over water."))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.mediator()).contains("QAT");
                    assertThat(e.cameo()).isEqualTo("045");
                });
        // "between a/an X ... and Y": an article before the first party
        assertThat(X.extractSentence(
                                "Oman said it was ready to host a meeting between an Iranian delegation and Saudi Arabia.",
                                D)
                        .get(0)
                        .mediator())
                .map(ActorMention::code)
                .contains("OMN");
        // the first party named by a demonym and a head noun: "between an Israeli peace group and the PLO"
        ExtractedEvent group = X.extractSentence(
                        "Norway said it would host a meeting between a Colombian peace group and Venezuela.", D)
                .get(0);
        assertThat(group.mediator()).map(ActorMention::code).contains("NOR");
        assertThat(group.ploverTargets()).extracting(ActorMention::code).containsExactly("COL", "VEN");
        // in PLOVER's convention the mediator is the source and both parties the targets
        ExtractedEvent e = X.extractSentence("Qatar mediated between Jordan and Iraq over water.", D)
                .get(0);
        assertThat(e.ploverSources()).extracting(ActorMention::code).containsExactly("QAT");
        assertThat(e.ploverTargets()).extracting(ActorMention::code).containsExactly("JOR", "IRQ");
    }

    @Test
    void aPlainVisitIsNotMediation() {
        assertThat(ledger("Syrian President Ahmed al-Sharaa visited Baku on Saturday."))
                .singleElement()
                .satisfies(e -> assertThat(e.mediator()).isEmpty());
    }

    @Test
    void oneVisitReportedInThreeSentencesIsOneEventWithThreeReports() {
        Article a = new Article(
                "visit-article",
                "Syrian President Ahmed al-Sharaa visited Baku on Saturday. "
                        + "Al-Sharaa's visit to Azerbaijan was his first. "
                        + "Analysts said al-Sharaa visited Azerbaijan to secure gas. "
                        + "Azerbaijan has already contributed to the re-establishment of dialogue between Türkiye and Israel.",
                D);
        List<LedgerEvent> events = RelationsEngine.articleEvents(X.extract(a), D);
        List<LedgerEvent> visits =
                events.stream().filter(e -> e.between("SYR", "AZE")).toList();
        assertThat(visits).singleElement().satisfies(v -> {
            assertThat(v.reports()).hasSize(3);
            assertThat(v.reports().get(0).excerpt()).startsWith("Syrian President");
            assertThat(v.reports()).allMatch(r -> r.provenance().contains("article visit-article"));
        });
        assertThat(events)
                .filteredOn(e -> e.mediator().isPresent())
                .singleElement()
                .satisfies(m -> assertThat(m.between("TUR", "ISR")).isTrue());
        // and the ledger counts the visit once
        RelationsEngine engine = RelationsEngine.of(PACK, events, RelationsEngine.Settings.DEFAULT);
        assertThat(engine.ledger().events())
                .filteredOn(e -> e.origin() == LedgerEvent.Origin.EXTRACTED && e.between("SYR", "AZE"))
                .hasSize(1);
    }

    @Test
    void theMediatorRankingCitesAnExtractedMediationEvent() {
        Article a = new Article(
                "mediation-article",
                "Azerbaijan has already contributed to the re-establishment of dialogue between Türkiye and Israel.",
                D);
        List<LedgerEvent> events = RelationsEngine.articleEvents(X.extract(a), D);
        RelationsEngine engine = RelationsEngine.of(PACK, events, RelationsEngine.Settings.DEFAULT);
        var aze = engine.mediators("TUR", "ISR", LocalDate.of(2025, 8, 1)).ranking().stream()
                .filter(s -> s.state().equals("AZE"))
                .findFirst()
                .orElseThrow();
        var prior = aze.components().stream()
                .filter(c -> c.name().equals("priorMediation"))
                .findFirst()
                .orElseThrow();
        assertThat(prior.evidence())
                .anyMatch(e -> e.origin() == LedgerEvent.Origin.EXTRACTED
                        && e.mediator().equals(java.util.Optional.of("AZE")));
    }
}
