package dev.crossroads.relations;

import dev.crossroads.core.Provenance;
import dev.crossroads.core.model.BaselineRelation;
import dev.crossroads.relations.extract.Modality;
import dev.crossroads.relations.ledger.LedgerEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Hand-written baselines and events for the ledger, mediator and balance tests. */
public final class Fixtures {
    private Fixtures() {}

    public static BaselineRelation baseline(String a, String b, double score) {
        return new BaselineRelation(
                a, b, score, score >= 0 ? "friendly" : "hostile", Optional.empty(), Provenance.illustrative("test"));
    }

    public static LedgerEvent event(
            String id, String date, String a1, String a2, String cameo, double goldstein, int quad) {
        return event(id, date, a1, a2, Optional.empty(), cameo, goldstein, quad);
    }

    public static LedgerEvent event(
            String id,
            String date,
            String a1,
            String a2,
            Optional<String> mediator,
            String cameo,
            double goldstein,
            int quad) {
        return new LedgerEvent(
                id,
                LocalDate.parse(date),
                a1,
                a2,
                mediator,
                cameo,
                "test " + cameo,
                goldstein,
                quad,
                Optional.empty(),
                Modality.ASSERTED,
                1.0,
                LedgerEvent.Origin.CURATED,
                "summary " + id,
                List.of("test"));
    }
}
