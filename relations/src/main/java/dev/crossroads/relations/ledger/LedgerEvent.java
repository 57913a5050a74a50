package dev.crossroads.relations.ledger;

import dev.crossroads.relations.extract.Modality;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One event in the ledger: curated (from the pack) or extracted (from an article sentence). {@code actor1}
 * does {@code cameo} to {@code actor2}, possibly hosted or mediated by {@code mediator}. {@code weight}
 * scales its Goldstein score (modality times confidence). {@code text} is the pack summary or the sentence;
 * {@code provenance} names the pack source ids or the article id and sentence index.
 */
public record LedgerEvent(String id, LocalDate date, String actor1, String actor2, Optional<String> mediator,
                          String cameo, String cameoName, double goldstein, int quadClass, Optional<String> plover,
                          Modality modality, double weight, Origin origin, String text, List<String> provenance) {
    public enum Origin { CURATED, EXTRACTED }

    public LedgerEvent {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("event id is required");
        }
        if (date == null || actor1 == null || actor2 == null) {
            throw new IllegalArgumentException("event " + id + ": date, actor1 and actor2 are required");
        }
        if (actor1.equals(actor2)) {
            throw new IllegalArgumentException("event " + id + ": actor1 and actor2 are both " + actor1);
        }
        if (goldstein < -10 || goldstein > 10 || quadClass < 1 || quadClass > 4) {
            throw new IllegalArgumentException("event " + id + ": Goldstein must lie in [-10, 10] and quad class in 1..4");
        }
        if (!(weight >= 0) || !Double.isFinite(weight)) {
            throw new IllegalArgumentException("event " + id + ": weight must be finite and not negative");
        }
        mediator = mediator.filter(m -> !m.isBlank());
        provenance = List.copyOf(provenance);
    }

    /** Whether the event is between {@code a} and {@code b}, in either direction. */
    public boolean between(String a, String b) {
        return (actor1.equals(a) && actor2.equals(b)) || (actor1.equals(b) && actor2.equals(a));
    }

    public boolean involves(String state) {
        return actor1.equals(state) || actor2.equals(state);
    }
}
