package dev.crossroads.relations.ties;

import dev.crossroads.core.Confidence;
import dev.crossroads.core.model.BaselineRelation;
import dev.crossroads.relations.ledger.DyadScore;
import dev.crossroads.relations.ledger.Ledger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks the model's ranking of a state's ties at a date against the pack's sourced baselines, and says where
 * they disagree:
 * <ul>
 * <li>{@code era}: the date lies before the dyad's first dated baseline row, so the baseline in force describes a
 * later era than the one asked about (add a row for the earlier era);</li>
 * <li>{@code order}: the sourced baselines put partner X at least {@link #MARGIN} points above partner Y, but the
 * model ranks X below Y (events have reversed what the sources say);</li>
 * <li>{@code illustrative}: the baseline is a placeholder, not a sourced judgement.</li>
 * </ul>
 * Only sourced rows (not {@code illustrative}) take part in the order check.
 */
public final class TieAudit {
    /** How far apart two sourced baselines must be for their order to count as what the sources say. */
    public static final double MARGIN = 2.0;

    private TieAudit() {}

    /** One tie: the baseline in force, the model's score, both ranks, and the flags. */
    public record Row(
            String partner,
            String name,
            double baseline,
            String baselineKind,
            Confidence baselineConfidence,
            Optional<LocalDate> baselineSince,
            double modelScore,
            int rankByModel,
            int rankBySources,
            List<String> flags) {
        public Row {
            flags = List.copyOf(flags);
        }
    }

    public record Report(String state, LocalDate at, List<Row> rows, List<String> disagreements) {
        public Report {
            rows = List.copyOf(rows);
            disagreements = List.copyOf(disagreements);
        }
    }

    public static Report audit(Ledger ledger, String state, LocalDate at, Function<String, String> names) {
        record Tmp(String partner, BaselineRelation base, DyadScore score, List<String> flags) {}
        List<Tmp> ties = new ArrayList<>();
        for (String other : ledger.states()) {
            if (other.equals(state)) {
                continue;
            }
            Optional<BaselineRelation> base = ledger.baselineAt(state, other, at);
            if (base.isEmpty()) {
                continue;
            }
            ties.add(new Tmp(other, base.get(), ledger.score(state, other, at), new ArrayList<>()));
        }
        List<Tmp> byModel = ties.stream()
                .sorted(Comparator.comparingDouble((Tmp t) -> -t.score().score())
                        .thenComparing(Tmp::partner))
                .toList();
        List<Tmp> bySources = ties.stream()
                .sorted(Comparator.comparingDouble((Tmp t) -> -t.base().score()).thenComparing(Tmp::partner))
                .toList();
        List<String> disagreements = new ArrayList<>();
        for (Tmp t : ties) {
            BaselineRelation b = t.base();
            if (b.since().isPresent() && b.since().get().isAfter(at)) {
                String m = String.format(
                        Locale.ROOT,
                        "era: %s-%s on %s uses the baseline '%s' (%+.1f) of the era from %s; no row of relations.csv covers %s",
                        state,
                        t.partner(),
                        at,
                        b.kind(),
                        b.score(),
                        b.since().get(),
                        at);
                t.flags().add(m);
                disagreements.add(m);
            }
            if (b.provenance().confidence() == Confidence.ILLUSTRATIVE) {
                t.flags().add("illustrative: the baseline is a placeholder, not a sourced judgement");
            }
        }
        for (Tmp x : ties) {
            for (Tmp y : ties) {
                if (x == y
                        || x.base().provenance().confidence() == Confidence.ILLUSTRATIVE
                        || y.base().provenance().confidence() == Confidence.ILLUSTRATIVE) {
                    continue;
                }
                if (x.base().score() >= y.base().score() + MARGIN
                        && x.score().score() < y.score().score()) {
                    String m = String.format(
                            Locale.ROOT,
                            "order: the sources put %s-%s ('%s', %+.1f) above %s-%s ('%s', %+.1f) but the model ranks it below on %s (%+.2f vs %+.2f)",
                            state,
                            x.partner(),
                            x.base().kind(),
                            x.base().score(),
                            state,
                            y.partner(),
                            y.base().kind(),
                            y.base().score(),
                            at,
                            x.score().score(),
                            y.score().score());
                    x.flags().add(m);
                    disagreements.add(m);
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Tmp t : byModel) {
            rows.add(new Row(
                    t.partner(),
                    names.apply(t.partner()),
                    t.base().score(),
                    t.base().kind(),
                    t.base().provenance().confidence(),
                    t.base().since(),
                    t.score().score(),
                    byModel.indexOf(t) + 1,
                    bySources.indexOf(t) + 1,
                    t.flags()));
        }
        return new Report(state, at, rows, disagreements);
    }
}
