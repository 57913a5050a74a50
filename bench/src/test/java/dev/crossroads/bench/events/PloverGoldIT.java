package dev.crossroads.bench.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.relations.extract.Extractor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quality of the extractor on the public PLOVER gold standard (Open Event Data Alliance, CC BY-SA 4.0), read
 * from {@code -Dcrossroads.reference}; skipped where the folder is absent.
 */
class PloverGoldIT {
    static Path gold;
    static Path petrarch;

    @BeforeAll
    static void locate() {
        String ref = System.getProperty("crossroads.reference", "");
        Assumptions.assumeFalse(ref.isBlank(), "crossroads.reference is not set");
        gold = Path.of(ref, "events", "plover-gold.json");
        petrarch = Path.of(ref, "events", "petrarch2-validation.xml");
        Assumptions.assumeTrue(Files.isRegularFile(gold), "PLOVER gold standard not found at " + gold);
    }

    @Test
    void eventTypeAccuracyAtLeast065AndActorF1AtLeast075() throws Exception {
        EventsBenchmark.GoldScore s = new EventsBenchmark(Extractor.standard()).plover(gold);
        assertThat(s.records()).isEqualTo(200);
        assertThat(s.eventTypeAccuracy()).as("event type accuracy").isGreaterThanOrEqualTo(0.65);
        assertThat(s.sourceActorF1()).as("source actor F1").isGreaterThanOrEqualTo(0.75);
        assertThat(s.targetActorF1()).as("target actor F1").isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void petrarchRecordsAreReadAndScored() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(petrarch), "PETRARCH-2 records not found at " + petrarch);
        EventsBenchmark.PetrarchScore s = new EventsBenchmark(Extractor.standard()).petrarch(petrarch);
        assertThat(s.records()).isGreaterThan(50);
        assertThat(s.withEvents() + s.noEventRecords()).isLessThanOrEqualTo(s.records());
        assertThat(s.cameoRootAccuracy()).isBetween(0.0, 1.0);
    }
}
