package dev.crossroads.relations.ledger;

import java.time.LocalDate;
import java.util.List;

/** A dyad's relation at a date: the pack's baseline plus the decayed contributions of its events. */
public record DyadScore(String a, String b, LocalDate at, double baseline, String baselineKind, double score,
                        List<Contribution> contributions) {
    public DyadScore {
        contributions = List.copyOf(contributions);
    }

    public int sign() {
        return score > 0 ? 1 : score < 0 ? -1 : 0;
    }
}
