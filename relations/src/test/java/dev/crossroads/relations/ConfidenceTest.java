package dev.crossroads.relations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.core.Confidence;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.relations.ledger.LedgerEvent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unconfirmed curated events weigh what the setting says, and keep their confidence for the evidence. */
class ConfidenceTest {
    @Test
    void unconfirmedEventsWeighTheSettingAndShowTheirConfidence(@TempDir Path tmp) {
        RegionPack pack = HubPack.load(tmp);
        List<LedgerEvent> half = RelationsEngine.curated(pack);
        assertThat(half)
                .extracting(LedgerEvent::id, LedgerEvent::weight, LedgerEvent::confidence)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("e1", 1.0, Confidence.REPORTED),
                        org.assertj.core.groups.Tuple.tuple("e2", 0.5, Confidence.UNCONFIRMED));
        RelationsEngine.Settings none = RelationsEngine.Settings.DEFAULT.withUnconfirmedWeight(0);
        assertThat(RelationsEngine.curated(pack, none).get(1).weight()).isZero();
        LocalDate at = LocalDate.of(2025, 8, 1);
        double full = RelationsEngine.of(pack, List.of(), RelationsEngine.Settings.DEFAULT.withUnconfirmedWeight(1))
                .score("AAA", "DDD", at)
                .score();
        double halfScore = RelationsEngine.of(pack, List.of(), RelationsEngine.Settings.DEFAULT)
                .score("AAA", "DDD", at)
                .score();
        assertThat(halfScore).isLessThan(full);
    }
}
