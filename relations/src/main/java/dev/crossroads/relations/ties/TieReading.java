package dev.crossroads.relations.ties;

import dev.crossroads.core.model.TieThresholds;
import dev.crossroads.relations.ledger.DyadScore;
import dev.crossroads.relations.ledger.LedgerEvent;
import java.time.LocalDate;
import java.util.List;

/**
 * The tie between two states at a date, classified: {@code score} is the ledger's score (baseline era plus
 * decayed events), {@code tie} the same squeezed into (-10, 10) by 10 tanh(score / 10) (the scale of the
 * mediator ranking and of the thresholds), {@code tieClass} hostile / neutral / friendly by the pack's
 * {@code thresholds}. {@code reportedTie} is the tie from reported events alone ({@code tie} when no
 * projected event bears on it). {@code events}: the events behind the score, largest first (at most five).
 */
public record TieReading(
        String a,
        String b,
        LocalDate at,
        double score,
        double tie,
        double reportedTie,
        TieClass tieClass,
        TieThresholds thresholds,
        double baseline,
        String baselineKind,
        List<LedgerEvent> events) {
    public TieReading {
        events = List.copyOf(events);
    }

    /** Reads a dyad score against the thresholds. */
    public static TieReading of(DyadScore s, TieThresholds thresholds) {
        double tie = bounded(s.score());
        TieClass cls = classify(tie, thresholds);
        List<LedgerEvent> events = s.contributions().stream()
                .sorted(java.util.Comparator.comparingDouble(
                        (dev.crossroads.relations.ledger.Contribution c) -> -Math.abs(c.points())))
                .limit(5)
                .map(dev.crossroads.relations.ledger.Contribution::event)
                .toList();
        return new TieReading(
                s.a(),
                s.b(),
                s.at(),
                s.score(),
                tie,
                bounded(s.reportedScore()),
                cls,
                thresholds,
                s.baseline(),
                s.baselineKind(),
                events);
    }

    /** Hostile at or below the hostile threshold, friendly at or above the friendly one, neutral between. */
    public static TieClass classify(double tie, TieThresholds thresholds) {
        if (tie <= thresholds.hostileAtOrBelow()) {
            return TieClass.HOSTILE;
        }
        return tie >= thresholds.friendlyAtOrAbove() ? TieClass.FRIENDLY : TieClass.NEUTRAL;
    }

    /** 10 tanh(score / 10): the tie on the bounded scale (-10, 10). */
    public static double bounded(double score) {
        return 10 * Math.tanh(score / 10);
    }
}
