package dev.crossroads.relations;

import static dev.crossroads.relations.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.core.pack.PackLoader;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.core.pack.TestPacks;
import dev.crossroads.relations.extract.Article;
import dev.crossroads.relations.extract.ExtractedEvent;
import dev.crossroads.relations.ledger.LedgerEvent;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelationsEngineTest {
    final RegionPack pack = PackLoader.load(TestPacks.minimal());

    @Test
    void curatedEventsEnterTheLedgerWithTheirGoldsteinScore() {
        List<LedgerEvent> curated = RelationsEngine.curated(pack);
        assertThat(curated).extracting(LedgerEvent::id).containsExactly("e1", "e2");
        LedgerEvent e1 = curated.get(0);
        assertThat(e1.mediator()).contains("AAA");
        assertThat(e1.goldstein()).isEqualTo(7.0); // CAMEO 046 engage in negotiation
    }

    @Test
    void anExtractedReportOfACuratedEventIsNotCountedTwice() {
        LedgerEvent same = event("x1", "2025-07-13", "CCC", "AAA", "057", 8, 1); // e2 is AAA-CCC 057 on 2025-07-12
        LedgerEvent other = event("x2", "2025-07-20", "AAA", "CCC", "057", 8, 1);
        LedgerEvent twice = event("x3", "2025-07-20", "CCC", "AAA", "051", 3.4, 1);
        assertThat(RelationsEngine.withoutDuplicates(RelationsEngine.curated(pack), List.of(same, other, twice)))
                .extracting(LedgerEvent::id)
                .containsExactly("x2");
    }

    @Test
    void extractedEventsBecomeLedgerEventsBetweenStatesOnly() {
        ExtractedEvent e = RelationsEngine.extractor(pack)
                .extract(new Article(
                        "art-1",
                        "Aland signed an agreement with Bee Land. The United Nations praised Aland.",
                        LocalDate.of(2025, 3, 1)))
                .events()
                .get(0);
        List<LedgerEvent> ledger = RelationsEngine.ledgerEvents(e, LocalDate.of(2025, 3, 1));
        assertThat(ledger).singleElement().satisfies(l -> {
            assertThat(l.actor1()).isEqualTo("AAA");
            assertThat(l.actor2()).isEqualTo("BBB");
            assertThat(l.origin()).isEqualTo(LedgerEvent.Origin.EXTRACTED);
            assertThat(l.provenance()).contains("article art-1", "sentence 0");
        });
    }

    @Test
    void mediatorRankingOnTheMinimalPackPutsTheHostFirst() {
        RelationsEngine engine = RelationsEngine.of(pack, List.of(), RelationsEngine.Settings.DEFAULT);
        var r = engine.mediators("BBB", "CCC", LocalDate.of(2025, 8, 1));
        assertThat(r.ranking().get(0).state()).isEqualTo("AAA");
    }
}
