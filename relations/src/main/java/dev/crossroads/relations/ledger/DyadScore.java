package dev.crossroads.relations.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A dyad's relation at a date: the baseline era in force plus the decayed contributions of its events since
 * that era began. {@code baselineSince}: the date the era began (events up to that day are in the baseline);
 * empty for a baseline without a date or when {@code at} lies before the dyad's first era. {@code projectedPoints}:
 * what projected events add (0 when none), so {@code reportedScore = score - projectedPoints}.
 */
public record DyadScore(
        String a,
        String b,
        LocalDate at,
        double baseline,
        String baselineKind,
        Optional<LocalDate> baselineSince,
        double score,
        double projectedPoints,
        List<Contribution> contributions) {
    public DyadScore {
        contributions = List.copyOf(contributions);
    }

    public int sign() {
        return score > 0 ? 1 : score < 0 ? -1 : 0;
    }

    /** The score from reported (curated and extracted) events alone. */
    public double reportedScore() {
        return score - projectedPoints;
    }
}
